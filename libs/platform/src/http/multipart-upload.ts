import { HttpStatus } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CommonErrorCode, DomainError } from '@landsea/errors';

export interface UploadedFile {
  readonly filename: string;
  readonly mimetype: string;
  readonly data: Buffer;
}

export interface UploadRules {
  /** The most bytes the file may have; more is refused whole, never cut. */
  readonly maxBytes: number;
  /** The error when the form holds no file under the field "file". */
  readonly missing: () => DomainError;
  /** The error for a file over maxBytes; by default 413 PAYLOAD_TOO_LARGE with `limitBytes`. */
  readonly tooLarge?: (limitBytes: number) => DomainError;
}

const FIELD = 'file';

export const uploadTooLarge = (limitBytes: number, code: string = CommonErrorCode.PAYLOAD_TOO_LARGE): DomainError =>
  new DomainError(
    HttpStatus.PAYLOAD_TOO_LARGE,
    code,
    { en: `The file is larger than ${limitBytes} bytes, the most this node takes; nothing was kept`, 'zh-CN': `文件超过本节点允许的 ${limitBytes} 字节上限，未作保存` },
    [{ limitBytes }],
  );

const malformed = (reason: string) =>
  new DomainError(
    HttpStatus.BAD_REQUEST,
    CommonErrorCode.MULTIPART_MALFORMED,
    { en: `The multipart/form-data body is malformed (${reason}); send the file as the form field "file"`, 'zh-CN': `multipart/form-data 请求体格式错误（${reason}），请以表单字段 "file" 上传文件` },
  );

const oneFile = () =>
  new DomainError(HttpStatus.BAD_REQUEST, CommonErrorCode.UPLOAD_ONE_FILE, { en: 'Upload exactly one file per request', 'zh-CN': '每次请求只能上传一个文件' });

/**
 * Reads the one file of a multipart/form-data request, to the end of the body, so a form cut
 * off, holding two files or a file over the limit is refused (4xx) before anything is kept. The
 * multipart plugin alone would hand over a file cut at its size limit without a word when the
 * limit falls on the last chunk, and let a broken body surface as a 500.
 */
export async function readUpload(request: FastifyRequest, rules: UploadRules): Promise<UploadedFile> {
  let upload: UploadedFile | undefined;
  try {
    // One byte over the limit is enough to know the file is too large.
    for await (const part of request.parts({ limits: { fileSize: rules.maxBytes + 1, files: 1, fields: 10, parts: 12 }})) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== FIELD) {
        part.file.resume();
        continue;
      }
      const data = await part.toBuffer();
      if (part.file.truncated || data.length > rules.maxBytes) {
        throw (rules.tooLarge ?? uploadTooLarge)(rules.maxBytes);
      }
      upload = { filename: part.filename, mimetype: part.mimetype, data };
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw (rules.tooLarge ?? uploadTooLarge)(rules.maxBytes);
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw error;
    if (code === 'FST_FILES_LIMIT') throw oneFile();
    // Everything else the form parser throws (busboy's "Unexpected end of form", "Malformed part
    // header", "Boundary not found", the plugin's part limits) is the body's fault.
    throw malformed(typeof code === 'string' ? code : (error as Error).message);
  }
  if (!upload) throw rules.missing();
  return upload;
}
