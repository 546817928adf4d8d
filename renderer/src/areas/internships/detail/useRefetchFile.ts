/**
 * For a write the core refused because the file moved on meanwhile (a colleague's save, a step
 * taken at another desk): a refused write refreshes nothing (only a successful one does, in the
 * client), yet the screen must show where the file stands now, and the next try must carry its new
 * version. So the file and its documents are asked for again here, and only here.
 */
import { useQueryClient } from '@tanstack/react-query';
import { apiKey } from '../../../api/query';

export function useRefetchFile(id: string): () => void {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: apiKey('internships.get', { id }) });
    void client.invalidateQueries({ queryKey: apiKey('documents.forInternship', { internshipId: id }) });
  };
}
