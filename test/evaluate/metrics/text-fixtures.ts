import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** test/fixtures/text/*.json, written by scripts/gen-text-fixtures.py from the reference implementations. */
const DIR = fileURLToPath(new URL('../../fixtures/text/', import.meta.url));

export interface TextCase {
  name: string;
  predictions: string[];
  references: string[][];
  metrics: Record<'exact_match' | 'token_f1' | 'bleu' | 'chrf' | 'rouge1' | 'rouge2' | 'rouge_l', number>;
  per_example: {
    exact_match: number[];
    token_f1: number[];
    rouge1: number[];
    rouge2: number[];
    rouge_l: number[];
    bleu: number[][];
    chrf: number[][];
  };
}

export interface TextString {
  s: string;
  tok13a: string;
  squad: string;
  squad_tokens: string[];
  rouge: string[];
}

export interface PythonUnicode {
  python: string;
  unicode: string;
  assigned: [number, number][];
  space: number[];
  word: [number, number][];
  lower: [number, string][];
}

const load = <T>(file: string): T => JSON.parse(readFileSync(`${DIR}${file}`, 'utf8')) as T;

export const loadTextCases = (): TextCase[] => load<{ cases: TextCase[] }>('cases.json').cases;
export const loadTextStrings = (): TextString[] => load<{ strings: TextString[] }>('strings.json').strings;
export const loadPythonUnicode = (): PythonUnicode => load<PythonUnicode>('unicode.json');
