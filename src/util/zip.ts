/**
 * A strict reader for the zip archives that hold baseline and report artifacts.
 *
 * Artifacts are untrusted input (anyone who can push a branch can upload one), so they are
 * downloaded as a raw zip (`skipDecompress`) and unpacked here, under rules the general-purpose
 * extractor does not enforce: only plain files and folders, names relative and inside the target
 * (no `..`, no absolute or drive paths, no backslashes), no symbolic links, no encryption, and
 * bounded sizes (a zip bomb stops at the limit instead of filling the disk).
 */
import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  /** The name as stored, forward slashes. */
  name: string;
  isDirectory: boolean;
  isSymlink: boolean;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  maxEntryBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxTotalBytes: 512 * 1024 * 1024,
  maxEntryBytes: 256 * 1024 * 1024,
};

const EOCD_SIG = 0x06054b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

/** Lists the central directory. Throws ZipError when the archive is not a readable zip. */
export function listZipEntries(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipError('not a zip archive (too short)');
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not a zip archive (no end-of-central-directory record)');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    throw new ZipError('ZIP64 archives are not supported for baselines');
  }
  if (cdOffset + cdSize > eocd) throw new ZipError('corrupt zip archive (central directory out of range)');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH_SIG) {
      throw new ZipError('corrupt zip archive (bad central directory header)');
    }
    const versionMadeBy = buf.readUInt16LE(p + 4);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const externalAttrs = buf.readUInt32LE(p + 38);
    const localHeaderOffset = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen > buf.length) throw new ZipError('corrupt zip archive (truncated file name)');
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const hostOs = versionMadeBy >> 8;
    const unixMode = hostOs === 3 ? externalAttrs >>> 16 : 0;
    const isSymlink = (unixMode & 0o170000) === 0o120000;
    entries.push({
      name,
      isDirectory: name.endsWith('/') || (unixMode & 0o170000) === 0o040000,
      isSymlink,
      method,
      flags,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/**
 * Why a name is unsafe to create under a target folder, or null when it is safe. Safe names are
 * relative, use forward slashes, and have no empty, `.` or `..` segments.
 */
export function unsafeEntryName(name: string): string | null {
  if (name.length === 0) return 'an empty name';
  if (name.includes('\0')) return 'a NUL character';
  if (name.includes('\\')) return 'a backslash';
  if (name.startsWith('/')) return 'an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'a drive letter';
  const segments = name.replace(/\/$/, '').split('/');
  for (const s of segments) {
    if (s === '..') return 'a ".." segment (path traversal)';
    if (s === '.' || s === '') return 'an empty or "." segment';
  }
  return null;
}

/** The uncompressed bytes of one entry, checked against its CRC-free declared size and limits. */
export function readZipEntry(buf: Buffer, entry: ZipEntry, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Buffer {
  if (entry.flags & 0x1) throw new ZipError(`"${entry.name}" is encrypted`);
  const p = entry.localHeaderOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LFH_SIG) {
    throw new ZipError(`corrupt zip archive (bad local header for "${entry.name}")`);
  }
  const nameLen = buf.readUInt16LE(p + 26);
  const extraLen = buf.readUInt16LE(p + 28);
  const start = p + 30 + nameLen + extraLen;
  const end = start + entry.compressedSize;
  if (end > buf.length) throw new ZipError(`corrupt zip archive ("${entry.name}" is truncated)`);
  if (entry.uncompressedSize > limits.maxEntryBytes) {
    throw new ZipError(`"${entry.name}" is larger than ${limits.maxEntryBytes} bytes`);
  }
  const data = buf.subarray(start, end);
  let out: Buffer;
  if (entry.method === 0) out = Buffer.from(data);
  else if (entry.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (e) {
      throw new ZipError(`corrupt zip archive ("${entry.name}" does not inflate: ${(e as Error).message})`);
    }
  } else throw new ZipError(`"${entry.name}" uses an unsupported compression method (${entry.method})`);
  if (out.length !== entry.uncompressedSize) {
    throw new ZipError(
      `corrupt zip archive ("${entry.name}" has ${out.length} bytes, expected ${entry.uncompressedSize})`,
    );
  }
  return out;
}

export interface ExtractedFile {
  /** Relative name, forward slashes. */
  name: string;
  data: Buffer;
}

/**
 * Reads every file of the archive into memory after validating all names first: one unsafe entry
 * (traversal, absolute path, symlink) rejects the whole archive, so nothing is ever written for it.
 */
export function readZipFiles(buf: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ExtractedFile[] {
  const entries = listZipEntries(buf);
  if (entries.length > limits.maxEntries) throw new ZipError(`more than ${limits.maxEntries} entries`);
  let total = 0;
  // Two entries with one name: which one an extractor keeps differs between tools, so a reviewer
  // and the gate could see different files. The archive is refused whole.
  const seen = new Set<string>();
  for (const e of entries) {
    const key = e.name.replace(/\/$/, '');
    if (seen.has(key)) throw new ZipError(`entry ${JSON.stringify(e.name)} appears more than once`);
    seen.add(key);
  }
  for (const e of entries) {
    const why = unsafeEntryName(e.name);
    if (why) throw new ZipError(`entry ${JSON.stringify(e.name)} has ${why}`);
    if (e.isSymlink) throw new ZipError(`entry ${JSON.stringify(e.name)} is a symbolic link`);
    total += e.uncompressedSize;
    if (total > limits.maxTotalBytes)
      throw new ZipError(`more than ${limits.maxTotalBytes} bytes uncompressed`);
  }
  const files: ExtractedFile[] = [];
  for (const e of entries) {
    if (e.isDirectory) continue;
    files.push({ name: e.name, data: readZipEntry(buf, e, limits) });
  }
  return files;
}
