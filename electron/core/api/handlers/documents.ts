import type { documentsMethods } from '../../../../shared/api/documents';
import { italianDate } from '../../../../shared/validation/italian-time';
import { attachSignedScan, documentContent } from '../../services/documents/archive';
import { cancelJob, jobView, jobZip, startRegisterBatch } from '../../services/documents/batch';
import { generateDocument } from '../../services/documents/generate';
import { promoterLogoInfo, setPromoterLogo } from '../../services/documents/logo';
import { internshipDocuments } from '../../services/documents/overview';
import { waiveSignatures } from '../../services/documents/pack';
import { listTemplates, templateContent, uploadTemplate, withdrawTemplate } from '../../services/documents/templates';
import type { AreaHandlers, HandlerContext } from '../types';

// Restricted categories print only for the roles that may see them (the PFI is refused otherwise): `clearance.special`.
const today = (state: HandlerContext['state']) => italianDate(state.now());

export const documentsHandlers: AreaHandlers<keyof typeof documentsMethods> = {
  'documents.forInternship': (input, { state, clearance }) =>
    internshipDocuments(state.database.db, state.database.sqlite, input.internshipId, today(state), clearance.special),
  'documents.generate': (input, { service, state, clearance }) => generateDocument(service(), state.dataDir, input, clearance.special),
  'documents.content': (input, { service, state, clearance }) => documentContent(service(), state.dataDir, input.id, input.signed, clearance.special),
  'documents.attachSigned': (input, { service, state }) => attachSignedScan(service(), state.dataDir, input),
  'documents.waiveSignatures': (input, { service, state, clearance }) => {
    waiveSignatures(service(), input.internshipId, input.reason);
    return internshipDocuments(state.database.db, state.database.sqlite, input.internshipId, today(state), clearance.special);
  },
  'documents.templates': (_input, { state }) => listTemplates(state.database.db),
  'documents.uploadTemplate': (input, { service, state }) => uploadTemplate(service(), state.dataDir, input),
  'documents.withdrawTemplate': (input, { service }) => withdrawTemplate(service(), input.id),
  'documents.templateContent': (input, { state }) => templateContent(state.dataDir, state.database.db, input.id),
  'documents.logo': (_input, { state }) => promoterLogoInfo(state.database.db),
  'documents.setLogo': (input, { service, state }) => {
    setPromoterLogo(service(), input.logo);
    return promoterLogoInfo(state.database.db);
  },
  'documents.startRegisters': (input, { service, state }) => startRegisterBatch(service(), state.dataDir, input.month, (event) => state.events.emit(event)),
  'documents.job': (input) => jobView(input.id),
  'documents.cancelJob': (input) => cancelJob(input.id),
  'documents.jobZip': (input, { service, state }) => jobZip(service(), state.dataDir, input.id),
};
