/** Office templates for the Word documents: read on upload, filled from the document context. */
export { fillTemplate, readTemplate, NO_PLACEHOLDER_WARNING, type TemplateReading } from './templates';
export { refusalError, type TemplateProblem, type TemplateProblemReason } from './problems';
export { MAX_TEMPLATE_BYTES } from './package';
export { readTemplateOffThread } from './off-thread';
