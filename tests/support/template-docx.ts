/** A .docx an office might upload as a template: one paragraph per line of text, built with `docx`. */
import { Document, Packer, Paragraph } from 'docx';

export async function templateDocx(lines: readonly string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] });
  return Packer.toBuffer(doc);
}
