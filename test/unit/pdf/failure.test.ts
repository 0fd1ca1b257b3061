import { describe, expect, it } from 'vitest';
import { failureOf, isMarkup } from '../../../src/pdf/failure';

const never = () => Promise.reject(new Error('not asked'));

describe('why a document could not be shown', () => {
  it('tells the failures pdf.js reports apart', async () => {
    expect(await failureOf({ name: 'PasswordException' }, never)).toBe('password');
    expect(await failureOf({ name: 'ResponseException', status: 404 }, never)).toBe('not-found');
    expect(await failureOf({ name: 'ResponseException', status: 503 }, never)).toBe('server');
    expect(await failureOf({ name: 'ResponseException', status: 0 }, never)).toBe('network');
    expect(await failureOf({ name: 'MissingPDFException' }, never)).toBe('not-found');
    expect(await failureOf(new Error('anything else'), never)).toBe('corrupt');
  });

  it('asks whether an invalid file is a web page', async () => {
    expect(await failureOf({ name: 'InvalidPDFException' }, () => Promise.resolve(true))).toBe('not-pdf');
    expect(await failureOf({ name: 'InvalidPDFException' }, () => Promise.resolve(false))).toBe('corrupt');
    expect(await failureOf({ name: 'InvalidPDFException' }, never)).toBe('corrupt');
  });

  it('knows markup from a PDF by its first bytes', () => {
    expect(isMarkup('<!DOCTYPE html><html>')).toBe(true);
    expect(isMarkup('\n  <html lang="en">')).toBe(true);
    expect(isMarkup('%PDF-1.7\n<< /Type')).toBe(false);
    expect(isMarkup('garbage')).toBe(false);
  });
});
