import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { saveFile } from '../../lib/save-file';
import {
  downloadReportJson,
  fetchSchedule,
  listBackupTests,
  listDrills,
  listServices,
  recordBackupTest,
  recordDrill,
  saveServices,
} from './api';

export const continuityKeys = {
  all: ['continuity'] as const,
  services: () => [...continuityKeys.all, 'services'] as const,
  backupTests: () => [...continuityKeys.all, 'backup-tests'] as const,
  drills: () => [...continuityKeys.all, 'drills'] as const,
  schedule: () => [...continuityKeys.all, 'schedule'] as const,
};

export const useServices = () =>
  useQuery({
    queryKey: continuityKeys.services(),
    queryFn: ({ signal }) => listServices(signal),
    select: (data) => data.items,
  });

export const useSaveServices = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveServices,
    onSuccess: (saved) => {
      queryClient.setQueryData(continuityKeys.services(), saved);
      // Drills are measured against their services' objectives.
      return queryClient.invalidateQueries({ queryKey: continuityKeys.drills() });
    },
  });
};

export const useBackupTests = () =>
  useQuery({
    queryKey: continuityKeys.backupTests(),
    queryFn: ({ signal }) => listBackupTests(signal),
    select: (data) => data.items,
  });

export const useDrills = () =>
  useQuery({
    queryKey: continuityKeys.drills(),
    queryFn: ({ signal }) => listDrills(signal),
    select: (data) => data.items,
  });

export const useSchedule = () =>
  useQuery({
    queryKey: continuityKeys.schedule(),
    queryFn: ({ signal }) => fetchSchedule(signal),
    select: (data) => data.items,
  });

/** A new record moves its schedule on: the list and the next due date are fetched again. */
export const useRecordBackupTest = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordBackupTest,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: continuityKeys.backupTests() }),
        queryClient.invalidateQueries({ queryKey: continuityKeys.schedule() }),
      ]),
  });
};

export const useRecordDrill = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordDrill,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: continuityKeys.drills() }),
        queryClient.invalidateQueries({ queryKey: continuityKeys.schedule() }),
      ]),
  });
};

export const useReportJson = () =>
  useMutation({
    mutationFn: async () => {
      const file = await downloadReportJson();
      saveFile(file.blob, file.filename);
      return file;
    },
  });
