import { useMutation, useQuery } from '@tanstack/react-query';
import { saveFile } from '../../lib/save-file';
import { downloadRegisterCsv, listRegister } from './api';

export const registerKeys = {
  all: ['register'] as const,
  list: () => [...registerKeys.all, 'list'] as const,
};

export const useRegister = (enabled = true) =>
  useQuery({
    queryKey: registerKeys.list(),
    queryFn: ({ signal }) => listRegister(signal),
    select: (data) => data.items,
    enabled,
  });

export const useRegisterCsv = () =>
  useMutation({
    mutationFn: async () => {
      const file = await downloadRegisterCsv();
      saveFile(file.blob, file.filename);
      return file;
    },
  });
