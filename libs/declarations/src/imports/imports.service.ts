import { Injectable } from '@nestjs/common';
import { DeclarationsErrors } from '../declarations.errors.js';
import { type ImportedDocument, type ImportResult, recognise } from './recognise.js';
import { SpreadsheetError, type SpreadsheetKind, SpreadsheetReader } from './spreadsheet.js';

const XLSX_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Legacy .xls (and every OLE2 compound file) starts so. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (data: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => data[i] === byte);

/**
 * 智能单证: reads the invoice or packing list a declarant already has and says what it
 * recognised, from which sheet and cell, and what it could not read. It stores nothing; the
 * client puts the lines into its dossier.
 */
@Injectable()
export class ImportsService {
  constructor(private readonly reader: SpreadsheetReader) {}

  async read(file: { filename: string; mimetype: string; data: Uint8Array }, document: ImportedDocument): Promise<ImportResult> {
    const sheets = await this.sheets(this.kind(file), file.data);
    // Of every sheet whose headers are recognised, the one with the most recognised columns.
    const results = sheets.map((sheet) => recognise(sheet, document)).filter((r) => r !== undefined);
    const result = results.reduce<ImportResult | undefined>((best, r) => (!best || r.columns.length > best.columns.length ? r : best), undefined);
    if (!result) throw DeclarationsErrors.noHeaders(document);
    return result;
  }

  /** The bytes decide what a file is; the name and the type it claims only decide which error it gets. */
  private kind(file: { filename: string; mimetype: string; data: Uint8Array }): SpreadsheetKind {
    if (startsWith(file.data, ZIP_MAGIC)) return 'xlsx';
    if (startsWith(file.data, OLE2_MAGIC)) throw DeclarationsErrors.unsupportedFileType(file.filename);
    if (/\.xlsx$/i.test(file.filename) || XLSX_TYPES.includes(file.mimetype)) {
      throw DeclarationsErrors.spreadsheetRefused({ reason: 'UNREADABLE', problem: 'NOT_XLSX', details: {} });
    }
    if (/\.csv$/i.test(file.filename) || CSV_TYPES.includes(file.mimetype)) return 'csv';
    throw DeclarationsErrors.unsupportedFileType(file.filename);
  }

  private async sheets(kind: SpreadsheetKind, data: Uint8Array) {
    try {
      return await this.reader.read(kind, data);
    } catch (error) {
      if (error instanceof SpreadsheetError) throw DeclarationsErrors.spreadsheetRefused(error.refusal);
      throw error;
    }
  }
}
