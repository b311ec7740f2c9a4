#!/usr/bin/env python3
"""Score tariff records on halves of a dev set and show per-document differences.

Usage: build/newsmine tariffs SET.jsonl | scripts/tariff-halves.py --gold GOLD_DIR
         [--split ID] [--diff] [--only dev|check]
Documents whose id sorts before --split (default: the middle) form the tuning half.
"""
import argparse, collections, json, os, sys


def key(r):
    return (r.get("actor"), r.get("target"), r.get("rate"))


def prf(tp, np_, ng):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--split")
    ap.add_argument("--diff", action="store_true")
    ap.add_argument("--only")
    a = ap.parse_args()
    gold = {}
    for name in sorted(os.listdir(a.gold)):
        if name.endswith(".json"):
            g = json.load(open(os.path.join(a.gold, name)))
            gold[g["id"]] = g
    pred = collections.defaultdict(list)
    for line in sys.stdin:
        r = json.loads(line)
        if r.get("kind") == "tariff" and r["doc"] in gold:
            pred[r["doc"]].append(r)
    ids = sorted(gold)
    split = a.split or ids[len(ids) // 2]
    halves = {"dev": [i for i in ids if i < split], "check": [i for i in ids if i >= split]}
    for half, docs in halves.items():
        tp = np_ = ng = act = 0
        stp = snp = sng = 0
        for d in docs:
            gl = gold[d].get("tariffs", [])
            pl = pred[d]
            gc = collections.Counter(key(g) for g in gl)
            pc = collections.Counter(key(p) for p in pl)
            m = gc & pc
            tp += sum(m.values()); np_ += len(pl); ng += len(gl)
            spec = lambda k: k[1] is not None or k[2] is not None
            sm = {k: v for k, v in m.items() if spec(k)}
            stp += sum(sm.values()); snp += sum(1 for p in pl if spec(key(p)))
            sng += sum(1 for g in gl if spec(key(g)))
            ga = collections.defaultdict(list)
            for g in gl: ga[key(g)].append(g["action"])
            for k, v in m.items():
                pa = [p["action"] for p in pl if key(p) == k]
                act += sum(min(ga[k].count(x), pa.count(x)) for x in set(pa))
            if a.diff and (a.only in (None, half)):
                missed = gc - pc; extra = pc - gc
                wrong = [(k, ga[k], [p["action"] for p in pl if key(p) == k]) for k in m
                         if sorted(ga[k]) != sorted(p["action"] for p in pl if key(p) == k)]
                if missed or extra or wrong:
                    print(f"== {d}")
                    for g in gl:
                        if missed[key(g)] > 0:
                            missed[key(g)] -= 1
                            print(f"  MISS {key(g)} {g['action']}: {g.get('evidence','')[:160]}")
                    for k, g_act, p_act in wrong:
                        print(f"  ACT  {k} gold {g_act} pred {p_act}")
                    for p in pl:
                        if extra[key(p)] > 0:
                            extra[key(p)] -= 1
                            print(f"  XTRA {key(p)} {p['action']}: {p['text'][:160]}")
        p, r, f = prf(tp, np_, ng)
        sp, sr, sf = prf(stp, snp, sng)
        print(f"{half} ({len(docs)} docs): P {p:.3f} R {r:.3f} F1 {f:.3f} "
              f"action {act / tp if tp else 0:.3f} specific F1 {sf:.3f} (gold {ng}, pred {np_})")


if __name__ == "__main__":
    main()
