#!/usr/bin/python3
"""Reference values for the ranking task (test/evaluate/ranking-parity.test.ts), computed by
trec_eval itself, which stays outside this repository:

  TREC_EVAL_SRC   a trec_eval 9.0.x source tree (`git archive v9.0.8` of
                  github.com/usnistgov/trec_eval). It is copied to a temporary folder and built
                  there with `make`; the only change is its printf precision (%6.4f → %.17g in
                  meas_print_single.c and meas_print_final.c) so that the fixtures carry every
                  digit and the parity tests can hold to 1e-9. Its arithmetic is untouched.

Run: /usr/bin/python3 scripts/gen-trec-fixtures.py /path/to/trec_eval-9.0.8
  →  test/fixtures/ranking/<case>.run, <case>.qrels  the inputs (TREC run and qrels)
     test/fixtures/ranking/<case>.json               trec_eval -q: per-query values and the
                                                     means ("all"), under model-gate's names

Cases (seeded): random graded runs; ties of equal scores (broken by document id, descending);
scores equal as 32-bit floats but not as doubles; queries missing from the run or the qrels;
queries with no relevant document; graded levels with gaps; negative judgements; cutoffs beyond
the list length; one-document queries; non-ASCII document ids.
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = os.path.join(ROOT, 'test', 'fixtures', 'ranking')
CUTOFFS = [1, 3, 5, 10, 100]
MEASURES = {'map': 'map', 'recip_rank': 'mrr', 'ndcg': 'ndcg'}
for k in CUTOFFS:
    MEASURES[f'ndcg_cut_{k}'] = f'ndcg@{k}'
    MEASURES[f'P_{k}'] = f'precision@{k}'
    MEASURES[f'recall_{k}'] = f'recall@{k}'


def build(src):
    work = tempfile.mkdtemp(prefix='trec_eval-')
    tree = os.path.join(work, 'src')
    shutil.copytree(src, tree)
    for name in ('meas_print_single.c', 'meas_print_final.c'):
        path = os.path.join(tree, name)
        with open(path) as f:
            text = f.read()
        with open(path, 'w') as f:
            f.write(text.replace('%6.4f', '%.17g'))
    subprocess.run(['make', '-s'], cwd=tree, check=True, stdout=subprocess.DEVNULL)
    return work, os.path.join(tree, 'trec_eval')


def write_case(binary, name, run, qrels):
    run_path = os.path.join(OUT, f'{name}.run')
    qrels_path = os.path.join(OUT, f'{name}.qrels')
    with open(run_path, 'w') as f:
        for qid, doc, rank, score in run:
            f.write(f'{qid} Q0 {doc} {rank} {score} tag\n')
    with open(qrels_path, 'w') as f:
        for qid, doc, rel in qrels:
            f.write(f'{qid} 0 {doc} {rel}\n')
    cut = ','.join(str(k) for k in CUTOFFS)
    args = [binary, '-q', '-m', 'map', '-m', 'recip_rank', '-m', 'ndcg',
            '-m', f'ndcg_cut.{cut}', '-m', f'P.{cut}', '-m', f'recall.{cut}', qrels_path, run_path]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    queries = {}
    means = {}
    for line in out.splitlines():
        measure, qid, value = re.split(r'\s+', line.strip())
        if measure not in MEASURES:
            continue
        target = means if qid == 'all' else queries.setdefault(qid, {})
        target[MEASURES[measure]] = float(value)
    with open(os.path.join(OUT, f'{name}.json'), 'w') as f:
        json.dump({'cutoffs': CUTOFFS, 'queries': queries, 'means': means}, f, indent=1, sort_keys=True)
        f.write('\n')


def random_case(rng, queries, pool, max_docs, levels, tie_digits=None):
    run, qrels = [], []
    for q in range(queries):
        qid = f'q{q}'
        docs = rng.sample(range(pool), rng.randint(1, max_docs))
        for rank, d in enumerate(docs, 1):
            score = rng.random() * 10
            if tie_digits is not None:
                score = round(score, tie_digits)
            # The rank column is deliberately unrelated to the score: trec_eval ignores it.
            run.append((qid, f'D{d}', rng.randint(1, 1000), repr(score)))
        for d in rng.sample(range(pool), rng.randint(1, pool // 2)):
            qrels.append((qid, f'D{d}', rng.choice(levels)))
    return run, qrels


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    os.makedirs(OUT, exist_ok=True)
    work, binary = build(sys.argv[1])
    try:
        rng = random.Random(20261202)
        write_case(binary, 'random', *random_case(rng, 40, 150, 120, [0, 0, 0, 1, 1, 2, 3]))
        write_case(binary, 'ties', *random_case(rng, 25, 40, 40, [0, 1, 2], tie_digits=0))
        write_case(binary, 'binary-relevance', *random_case(rng, 30, 300, 250, [0, 0, 0, 0, 1]))
        write_case(binary, 'graded-gaps', *random_case(rng, 20, 60, 50, [0, 2, 4, 4, -1]))

        # Equal scores (every document of a query), ids that sort differently as numbers.
        run = [('a', d, i + 1, '1.5') for i, d in enumerate(['9', '10', '100', 'b', 'B', 'é', '文', '𝔸', '\ue000'])]
        qrels = [('a', '9', 1), ('a', '𝔸', 2), ('a', '\ue000', 1), ('a', 'zz', 3)]
        # Scores equal as 32-bit floats (trec_eval's `float sim`) but not as doubles.
        run += [('b', 'x1', 1, '0.1'), ('b', 'x2', 2, '0.10000000001'), ('b', 'x3', 3, '0.0999999999')]
        qrels += [('b', 'x1', 1), ('b', 'x3', 0)]
        # No relevant document (judged, all 0); a query only in the run; one only in the qrels.
        run += [('c', 'y1', 1, '3'), ('c', 'y2', 2, '2')]
        qrels += [('c', 'y1', 0), ('c', 'y9', 0)]
        run += [('run-only', 'z', 1, '1')]
        qrels += [('qrels-only', 'z', 1)]
        # One document; cutoffs far beyond the list; relevant documents never retrieved.
        run += [('d', 'w1', 1, '-2.5')]
        qrels += [('d', 'w1', 1), ('d', 'w2', 1), ('d', 'w3', 2)]
        # Negative judgements, rank column contradicting the scores, exponent scores.
        run += [('e', 'v1', 1, '1e-3'), ('e', 'v2', 2, '2E2'), ('e', 'v3', 3, '-0'), ('e', 'v4', 4, '0')]
        qrels += [('e', 'v1', -1), ('e', 'v2', 1), ('e', 'v3', 2), ('e', 'v4', 0)]
        write_case(binary, 'edge', run, qrels)
    finally:
        shutil.rmtree(work)


if __name__ == '__main__':
    main()
