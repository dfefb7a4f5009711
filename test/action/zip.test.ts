import { describe, expect, it } from 'vitest';
import { listZipEntries, readZipFiles, unsafeEntryName, ZipError } from '../../src/action/zip.js';
import { makeZip } from '../support/zip-writer.js';

describe('strict zip reader', () => {
  it('reads stored and deflated files and skips folders', () => {
    const zip = makeZip([
      { name: 'result.json', data: '{"a":1}' },
      { name: 'sub/', data: '' },
      { name: 'sub/x.txt', data: 'hello', store: true },
    ]);
    const files = readZipFiles(zip);
    expect(files.map((f) => [f.name, f.data.toString()])).toEqual([
      ['result.json', '{"a":1}'],
      ['sub/x.txt', 'hello'],
    ]);
  });

  it.each(['../evil', 'a/../../evil', '/etc/passwd', 'C:/x', 'a\\..\\b', 'a//b', './a'])(
    'rejects the whole archive for the unsafe name %s',
    (name) => {
      const zip = makeZip([
        { name: 'result.json', data: '{}' },
        { name, data: 'x' },
      ]);
      expect(() => readZipFiles(zip)).toThrow(ZipError);
      expect(unsafeEntryName(name)).not.toBeNull();
    },
  );

  it('refuses an archive with two entries of the same name', () => {
    const zip = makeZip([
      { name: 'result.json', data: '{"a":1}' },
      { name: 'result.json', data: '{"a":2}' },
    ]);
    expect(() => readZipFiles(zip)).toThrow(/appears more than once/);
  });

  it('rejects symbolic links', () => {
    const zip = makeZip([{ name: 'result.json', data: '/etc/passwd', symlink: true }]);
    expect(listZipEntries(zip)[0].isSymlink).toBe(true);
    expect(() => readZipFiles(zip)).toThrow(/symbolic link/);
  });

  it('rejects garbage and truncated archives with a ZipError', () => {
    expect(() => readZipFiles(Buffer.from('this is not a zip file at all, just text'))).toThrow(ZipError);
    const zip = makeZip([{ name: 'result.json', data: 'x'.repeat(1000) }]);
    expect(() => readZipFiles(zip.subarray(0, 40))).toThrow(ZipError);
    const corrupt = Buffer.from(zip);
    corrupt.fill(0xff, 30 + 'result.json'.length, 30 + 'result.json'.length + 5);
    expect(() => readZipFiles(corrupt)).toThrow(ZipError);
  });

  it('stops at the size limits (zip bombs)', () => {
    const zip = makeZip([{ name: 'big', data: Buffer.alloc(1 << 20) }]);
    expect(() => readZipFiles(zip, { maxEntries: 10, maxTotalBytes: 1000, maxEntryBytes: 1000 })).toThrow(
      /bytes/,
    );
    expect(() =>
      readZipFiles(makeZip([{ name: 'a' }, { name: 'b' }]), {
        maxEntries: 1,
        maxTotalBytes: 10,
        maxEntryBytes: 10,
      }),
    ).toThrow(/entries/);
  });
});
