#!/usr/bin/python3
"""Reference values for the text metrics (test/evaluate/metrics/text*.test.ts), computed by the
reference implementations themselves, which stay outside this repository:

  --sacrebleu DIR  a sacrebleu 2.x source tree (the folder holding the `sacrebleu` package;
                   `git archive v2.4.3` of github.com/mjpost/sacrebleu, plus a version.py).
                   Needs python3-regex, python3-portalocker, python3-tabulate, python3-colorama,
                   python3-lxml, python3-numpy.
  --rouge DIR      the folder holding the `rouge` package of google-research/google-research
                   (rouge-score: rouge_scorer.py, scoring.py, tokenize.py, tokenizers.py).
                   Needs python3-nltk, python3-absl, python3-six.
  --squad FILE     a Python file with the answer-scoring functions of the official SQuAD v2.0
                   evaluation script (normalize_answer, get_tokens, compute_exact, compute_f1)
                   and `raw_scores(golds, pred)`: get_raw_scores' rule (gold answers that
                   normalise to nothing are dropped unless all do; max over the rest).

Run: /usr/bin/python3 scripts/gen-text-fixtures.py --sacrebleu DIR --rouge DIR --squad FILE
  →  test/fixtures/text/cases.json      corpora: predictions, references, corpus metrics and
                                         per-example statistics
     test/fixtures/text/strings.json    per-string: 13a tokens, SQuAD normal form, ROUGE tokens
     test/fixtures/text/unicode.json    Python's str.isspace / regex \\w / str.lower tables

Inputs are seeded and hostile: combining marks, CJK, astral characters, RTL, zero-width,
NBSP and other Unicode whitespace, punctuation only, empty strings and references, several
references of different lengths, long outputs, numbers/hyphens/apostrophes, HTML entities and
the 13a tokenizer's own edge cases (`<skipped>`, `-\\n`, digits around `.`, `,` and `-`).
"""
import argparse
import importlib.util
import json
import os
import random
import re
import sys
import unicodedata

ROOT = os.path.join(os.path.dirname(__file__), '..')
OUT = os.path.join(ROOT, 'test', 'fixtures', 'text')

FRAGMENTS = [
    # plain words, articles in every case
    'the', 'The', 'THE', 'a', 'A', 'an', 'An', 'cat', 'sat', 'on', 'mat', 'dog', 'quick', 'brown',
    'fox', 'jumps', 'over', 'lazy', 'model', 'gate', 'answer', 'Paris', 'paris', 'theatre',
    'another', 'and', 'anna', 'at', 'is', 'of', 'to', 'in',
    # combining marks, precomposed and decomposed, articles glued to marks
    'caf\u00e9', 'cafe\u0301', 'th\u00e9', 'the\u0301', 'a\u0308', '\u00e4n', 'an\u0303',
    # CJK, Korean, Thai, RTL scripts
    '\u4e2d\u6587', '\u6d4b\u8bd5\u3002', '\u65e5\u672c\u8a9e\u306e\u6587', '\ud55c\uad6d\uc5b4',
    '\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22', '\u05e9\u05dc\u05d5\u05dd', '\u0645\u0631\u062d\u0628\u0627',
    '\u200f\u05d0\u05d1\u200e', '\u0661\u0662\u0663',
    # astral: emoji with modifiers and joiners, mathematical letters, a CJK extension B char
    '\U0001F600', '\U0001F44D\U0001F3FD', '\U0001F468\u200d\U0001F469\u200d\U0001F467', '\U0001D400\U0001D401',
    '\U00020000', 'x\U0001F600y',
    # zero-width and other invisibles
    '\u200b', 'a\u200bb', '\u200d', '\ufeff', 'the\u200b', '\u2060',
    # case mappings that differ between scripts
    '\u0130stanbul', '\u039f\u0394\u039f\u03a3', '\u03a3', 'stra\u00dfe', '\ufb01le', '\u212a', '\u2163',
    '\u00bd', '\u00b2', '\u2460',
    # numbers, hyphens, apostrophes, abbreviations
    '3.14', '1,000', '1,000.50', '10-20', '-5', '5-', '5-a', 'a-5', 'U.S.', 'e.g.', "don't", "it's",
    "rock'n'roll", 'co-operate', '\u2019s', 'x.y', '.5', '5.', ',5', '5,', 'a.', 'a,b', '(a)', '[b]',
    '{c}', 'd;', 'e:', 'f?', 'g!', 'h...', '"q"', '$5', '50%', '#1', '@you', 'a/b', 'a\\b', 'x~y',
    '_', 'a_b', 'the_cat', '^', '`', '|',
    # punctuation only, non-ASCII punctuation
    '...', '!!!', '?', "'", '"', '\u2014', '\u2013', '\u00ab\u00bb', '\u00bf', '\u2026', '\u3001',
    # HTML entities (13a unescapes four of them) and the 13a markers
    '&quot;', '&amp;', '&lt;', '&gt;', '&amp;quot;', '&#39;', '&nbsp;', '<skipped>', 'a<skipped>b',
    '<b>', 'x&y',
]

SEPARATORS = [' '] * 12 + [
    '', '  ', '\t', '\n', '\r\n', '-\n', '\u00a0', '\u2009', '\u3000', '\u1680', '\u2028', '\u2029',
    '\x85', '\x1c', '\x1f', '\u180e', '\u200b', '\ufeff', '\x0b', '\x0c', '\u202f', '\u205f',
]


def text(rng, words):
    parts = []
    for i in range(words):
        if i:
            parts.append(rng.choice(SEPARATORS))
        parts.append(rng.choice(FRAGMENTS))
    s = ''.join(parts)
    r = rng.random()
    if r < 0.05:
        s = ' ' + s
    elif r < 0.1:
        s = s + rng.choice([' ', '\n', '\u00a0', '\t', ' .', '\u3000'])
    return s


def perturb(rng, s):
    """A reference near the prediction, so that n-grams of every order match."""
    toks = s.split(' ')
    out = []
    for t in toks:
        r = rng.random()
        if r < 0.12:
            continue
        if r < 0.24:
            out.append(rng.choice(FRAGMENTS))
        elif r < 0.3:
            out.extend([t, rng.choice(FRAGMENTS)])
        else:
            out.append(t)
    if rng.random() < 0.2:
        out = [t.upper() if rng.random() < 0.5 else t for t in out]
    return ' '.join(out)


def corpus(rng, n, max_words=12, max_refs=4):
    preds, refs = [], []
    for _ in range(n):
        pred = text(rng, rng.randint(0, max_words)) if rng.random() > 0.06 else ''
        k = rng.randint(1, max_refs)
        rs = []
        for _ in range(k):
            r = rng.random()
            if r < 0.5:
                rs.append(perturb(rng, pred))
            elif r < 0.57:
                rs.append('')
            elif r < 0.62:
                rs.append(pred)
            else:
                rs.append(text(rng, rng.randint(0, max_words * 2)))
        preds.append(pred)
        refs.append(rs)
    return preds, refs


def load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sacrebleu', required=True)
    ap.add_argument('--rouge', required=True)
    ap.add_argument('--squad', required=True)
    args = ap.parse_args()
    sys.path.insert(0, os.path.abspath(args.sacrebleu))
    sys.path.insert(0, os.path.abspath(args.rouge))
    import numpy as np
    import sacrebleu
    from sacrebleu.metrics import BLEU, CHRF
    from sacrebleu.tokenizers.tokenizer_13a import Tokenizer13a
    from rouge import rouge_scorer, tokenize as rouge_tokenize
    squad = load_module('squad_v2_eval', os.path.abspath(args.squad))
    assert sacrebleu.__version__.startswith('2.'), sacrebleu.__version__

    scorer = rouge_scorer.RougeScorer(['rouge1', 'rouge2', 'rougeL'], use_stemmer=False)
    rouge_types = [('rouge1', 'rouge1'), ('rouge2', 'rouge2'), ('rougeL', 'rouge_l')]

    def rouge_best(refs, pred):
        # rouge-score 0.1.2 RougeScorer.score_multi: per type, the reference with the highest
        # F-measure (np.argmax: the first on ties).
        if hasattr(scorer, 'score_multi'):
            best = scorer.score_multi(refs, pred)
            return {ours: best[t].fmeasure for t, ours in rouge_types}
        dicts = [scorer.score(r, pred) for r in refs]
        return {ours: dicts[int(np.argmax([d[t].fmeasure for d in dicts]))][t].fmeasure
                for t, ours in rouge_types}

    def evaluate(name, preds, refs):
        streams = [[r[k] if k < len(r) else None for r in refs] for k in range(max(map(len, refs)))]
        bleu = BLEU()
        chrf = CHRF()
        bleu_score = sacrebleu.corpus_bleu(preds, streams).score
        chrf_score = sacrebleu.corpus_chrf(preds, streams).score
        assert abs(bleu.corpus_score(preds, streams).score - bleu_score) == 0
        bleu_stats = bleu._extract_corpus_statistics(preds, streams)
        chrf_stats = chrf._extract_corpus_statistics(preds, streams)
        em, f1 = zip(*[squad.raw_scores(r, p) for p, r in zip(preds, refs)])
        rouge = [rouge_best(r, p) for p, r in zip(preds, refs)]
        per = {
            'exact_match': [int(x) for x in em],
            'token_f1': [float(x) for x in f1],
            'bleu': [[int(v) for v in s] for s in bleu_stats],
            'chrf': [[int(v) for v in s] for s in chrf_stats],
        }
        metrics = {
            'exact_match': float(np.mean(em)),
            'token_f1': float(np.mean(f1)),
            'bleu': float(bleu_score),
            'chrf': float(chrf_score),
        }
        for _, ours in rouge_types:
            per[ours] = [float(x[ours]) for x in rouge]
            metrics[ours] = float(np.mean(per[ours]))
        return {'name': name, 'predictions': preds, 'references': refs, 'metrics': metrics,
                'per_example': per}

    rng = random.Random(20261202)
    cases = []
    for i in range(6):
        cases.append(evaluate(f'random-{i}', *corpus(rng, 150)))
    cases.append(evaluate('single-reference', *corpus(rng, 150, max_refs=1)))
    cases.append(evaluate('long-outputs', *corpus(rng, 8, max_words=700, max_refs=3)))
    cases.append(evaluate('one-example', *corpus(rng, 1)))
    cases.append(evaluate('identical', ['the cat sat on the mat .', 'A b c d e'],
                          [['the cat sat on the mat .'], ['A b c d e', 'x']]))
    cases.append(evaluate('no-four-grams', ['a b c', 'x y', 'z'], [['a b c d'], ['x y'], ['z']]))
    cases.append(evaluate('no-matches', ['alpha beta gamma delta', 'one'], [['zeta eta theta iota'], ['two']]))
    cases.append(evaluate('empty-everything', ['', '', ' '], [[''], ['', ''], ['\u00a0']]))
    cases.append(evaluate('punctuation-only', ['...', '!?', '"', "'"], [['...'], ['?!'], ['\u201c'], ["'", '']]))
    cases.append(evaluate('articles-only', ['the', 'a an the', 'The A', 'an'], [['a'], ['the'], [''], ['An apple']]))
    cases.append(evaluate('empty-prediction-nonempty-reference', ['', ''], [['the cat'], ['', 'x']]))
    cases.append(evaluate('entities-and-markers',
                          ['&quot;hi&quot; &amp; &lt;b&gt;', 'a-\nb <skipped> c', '3.14, 1,000 and 5-6.'],
                          [['"hi" & <b>'], ['ab c', 'a- b c'], ['3.14 , 1,000 and 5 - 6 .']]))
    cases.append(evaluate('chrf-ties', ['abc def', 'xyz'], [['abc xyz', 'abd def', 'abc def'], ['xy', 'yz']]))
    cases.append(evaluate('rouge-ties', ['a b c d', 'one two'], [['a b', 'c d', 'a b c d e'], ['two one', 'one']]))
    cases.append(evaluate('lone-surrogate', ['a\ud800b the', '\udfff'], [['a\ud800b'], ['\udfff x']]))
    cases.append(evaluate('greek-sigma', ['\u039f\u0394\u039f\u03a3 \u03a3\u039f\u03a6\u039f\u03a3', '\u03a3\u03a3'],
                          [['\u03bf\u03b4\u03bf\u03c2 \u03c3\u03bf\u03c6\u03bf\u03c2'], ['\u03c3\u03c2']]))

    # More distinct characters in one segment than numeric n-gram keys allow (chrF's fallback).
    han = [chr(0x4E00 + 7 * i) for i in range(600)]
    cases.append(evaluate('many-distinct-characters',
                          [' '.join(''.join(han[i:i + 9]) for i in range(0, 500, 9)), ''.join(han[:20])],
                          [[''.join(han[100:350]) + ''.join(han[(i * 37) % 600] for i in range(300)),
                            ''.join(han[::-1][:450]) + 'abc'], [''.join(han[5:30])]]))

    # More distinct tokens in one segment than numeric n-gram keys allow (BLEU's fallback).
    words = [f'w{(i * 7919) % 10007}' for i in range(10007)]
    cases.append(evaluate('many-distinct-tokens', [' '.join(words[:9000]) + ' x y', 'a b c d e'],
                          [[' '.join(w if i % 5 else 'gap' for i, w in enumerate(words[2000:])) + ' ' + ' '.join(words[:300])],
                           ['a b c d e f']]))

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'cases.json'), 'w') as f:
        json.dump({'generator': 'scripts/gen-text-fixtures.py', 'sacrebleu': sacrebleu.__version__,
                   'cases': cases}, f, ensure_ascii=True, indent=None, separators=(',', ':'))
        f.write('\n')

    tok13a = Tokenizer13a()
    strings = set(FRAGMENTS) | set(SEPARATORS)
    for c in cases[:2] + cases[7:]:
        strings.update(c['predictions'])
        for r in c['references']:
            strings.update(r)
    # Every fragment between unusual separators and a word/digit on either side.
    for a in FRAGMENTS:
        for _ in range(3):
            b = rng.choice(SEPARATORS[12:])
            strings.add(rng.choice(['x', '1', '.', '-', 'the']) + b + a + b + rng.choice(['1', 'y', ',', 'a']))
    rows = []
    for s in sorted(strings):
        if len(s) > 160:
            continue  # the long outputs are covered by the corpora; keep the file small
        rows.append({
            's': s,
            # What BLEU counts: the 13a tokens of the right-stripped segment.
            'tok13a': tok13a(s.rstrip()),
            'squad': squad.normalize_answer(s),
            'squad_tokens': squad.get_tokens(s),
            'rouge': rouge_tokenize.tokenize(s, None),
        })
    with open(os.path.join(OUT, 'strings.json'), 'w') as f:
        json.dump({'generator': 'scripts/gen-text-fixtures.py', 'strings': rows}, f, ensure_ascii=True,
                  separators=(',', ':'))
        f.write('\n')

    # Python's character classes, over the code points assigned in its Unicode version.
    assigned, space, word, lower = [], [], [], []

    def add_range(ranges, cp):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])

    word_re = re.compile(r'\w')
    for cp in range(0x110000):
        ch = chr(cp)
        if unicodedata.category(ch) == 'Cn':
            continue
        add_range(assigned, cp)
        if ch.isspace():
            space.append(cp)
        if word_re.match(ch):
            add_range(word, cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        lo = ch.lower()
        if lo != ch:
            lower.append([cp, lo])
    with open(os.path.join(OUT, 'unicode.json'), 'w') as f:
        json.dump({'generator': 'scripts/gen-text-fixtures.py', 'python': sys.version.split()[0],
                   'unicode': unicodedata.unidata_version, 'assigned': assigned, 'space': space,
                   'word': word, 'lower': lower}, f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')
    print(f'{len(cases)} corpora, {len(rows)} strings -> {OUT}')


if __name__ == '__main__':
    main()
