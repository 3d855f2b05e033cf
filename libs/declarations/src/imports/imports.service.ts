import { Injectable } from '@nestjs/common';
import { DeclarationsErrors } from '../declarations.errors.js';
import { type ImportedDocument, type ImportResult, recognise } from './recognise.js';
import { readCsv, readXlsx, SpreadsheetError } from './spreadsheet.js';

const XLSX_TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain'];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * 智能单证: reads the invoice or packing list a declarant already has and says what it
 * recognised, from which cell, and what it could not read. It stores nothing; the client puts
 * the lines into its dossier.
 */
@Injectable()
export class ImportsService {
  read(file: { filename: string; mimetype: string; data: Uint8Array }, document: ImportedDocument): ImportResult {
    const isXlsx = /\.xlsx$/i.test(file.filename) || XLSX_TYPES.includes(file.mimetype);
    const isCsv = !isXlsx && (/\.csv$/i.test(file.filename) || CSV_TYPES.includes(file.mimetype));
    if (!isXlsx && !isCsv) throw DeclarationsErrors.unsupportedFileType(file.filename);
    if (isXlsx && !ZIP_MAGIC.every((byte, i) => file.data[i] === byte)) {
      throw DeclarationsErrors.spreadsheet('UNREADABLE', { en: `${file.filename} is not an XLSX workbook`, 'zh-CN': `${file.filename} 不是 XLSX 工作簿` });
    }
    let result: ImportResult | undefined;
    try {
      result = recognise(isXlsx ? readXlsx(file.data) : readCsv(file.data), document);
    } catch (error) {
      if (error instanceof SpreadsheetError) throw DeclarationsErrors.spreadsheet(error.reason, error.messages);
      throw error;
    }
    if (!result) throw DeclarationsErrors.noHeaders(document);
    return result;
  }
}
