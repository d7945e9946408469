import { AppError } from '../errors';

export type TextEncodingName = 'UTF-8' | 'GB18030';

/**
 * Decodes the bytes of a CSV file the way people's files actually arrive: UTF-8 (with or without the
 * BOM Excel writes) or GBK/GB18030 (what Excel on Chinese Windows saves as "CSV"). A file that is valid
 * UTF-8 is read as UTF-8 (GBK text of any length is almost never valid UTF-8); anything else as
 * GB18030, a superset of GBK. NUL bytes mean a binary file renamed `.csv`: rejected with a message.
 *
 * @example decodeText(readFileSync('firms-gbk.csv')) // { text: '企业名称,...', encoding: 'GB18030' }
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes.includes(0)) {
    throw new AppError(
      'VALIDATION',
      'This is not a text file (it contains binary data): save the sheet as CSV or XLSX and try again',
      { details: { reason: 'BINARY' } },
    );
  }
  try {
    // ignoreBOM: false (the default) strips a leading BOM; fatal makes invalid UTF-8 throw.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'GB18030' };
    } catch {
      throw new AppError(
        'VALIDATION',
        'The file is neither UTF-8 nor GBK/GB18030 text (mixed encodings?): save it again as UTF-8 CSV or XLSX',
        { details: { reason: 'ENCODING' } },
      );
    }
  }
}
