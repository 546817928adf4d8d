import type { documentsMethods } from '@shared/api/documents';
import { ACCEPTS_DIFFERENT_SIGNED_CONTENT, roleCan } from '@shared/api/permissions';
import { attachSignedScan, documentContent } from '../../services/documents/archive';
import { cancelJob, jobView, jobZip, startRegisterBatch } from '../../services/documents/batch';
import { generateDocument } from '../../services/documents/generate';
import { promoterLogoInfo, setPromoterLogo } from '../../services/documents/logo';
import { internshipDocuments } from '../../services/documents/overview';
import { waiveSignatures } from '../../services/documents/pack';
import { listTemplates, templateContent, uploadTemplate, withdrawTemplate } from '../../services/documents/templates';
import { importTrustList, trustListInfo } from '../../services/signatures/trust-list';
import type { AreaHandlers } from '../types';

// Restricted categories print only for the roles that may see them (the PFI is refused otherwise): `clearance.special`.

export const documentsHandlers: AreaHandlers<keyof typeof documentsMethods> = {
  'documents.forInternship': (input, { read, clearance }) => internshipDocuments(read(), input.internshipId, clearance.special),
  'documents.generate': (input, { write, clearance }) => generateDocument(write(), input, clearance.special),
  'documents.content': (input, { write, clearance }) => documentContent(write(), input.id, input.signed, clearance.special),
  'documents.attachSigned': (input, { write, operator }) => attachSignedScan(write(), input, operator !== null && roleCan(operator.role, ACCEPTS_DIFFERENT_SIGNED_CONTENT)),
  'documents.trustList': (_input, { read }) => trustListInfo(read()),
  'documents.importTrustList': (input, { write }) => importTrustList(write(), input),
  'documents.waiveSignatures': (input, { write, read, clearance }) => {
    waiveSignatures(write(), input.internshipId, input.reason);
    return internshipDocuments(read(), input.internshipId, clearance.special);
  },
  'documents.templates': (_input, { read }) => listTemplates(read()),
  'documents.uploadTemplate': (input, { write }) => uploadTemplate(write(), input),
  'documents.withdrawTemplate': (input, { write }) => withdrawTemplate(write(), input.id),
  'documents.templateContent': (input, { read }) => templateContent(read(), input.id),
  'documents.logo': (_input, { read }) => promoterLogoInfo(read()),
  'documents.setLogo': (input, { write, read }) => {
    setPromoterLogo(write(), input.logo);
    return promoterLogoInfo(read());
  },
  'documents.startRegisters': (input, { write, state }) => startRegisterBatch(write(), input.month, (event) => state.events.emit(event)),
  'documents.job': (input) => jobView(input.id),
  'documents.cancelJob': (input) => cancelJob(input.id),
  'documents.jobZip': (input, { read }) => jobZip(read(), input.id),
};
