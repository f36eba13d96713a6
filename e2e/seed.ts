/** Facts about the seed article that the end-to-end tests check the site against. */
export const seedSlug = "backup-azure-troubleshoot-vm-backup-fails-snapshot-timeout";

export const seedCodes: Array<{ code: string; message: string; steps: number }> = [
  { code: "UserErrorGuestAgentStatusUnavailable", message: "Agente de VM não é possível comunicar com o Azure Backup", steps: 5 },
  { code: "GuestAgentSnapshotTaskStatusError", message: "Não foi possível comunicar com o agente da VM para obter o estado do instantâneo", steps: 3 },
  { code: "UserErrorRpCollectionLimitReached", message: "Atingiu o limite máximo da coleção de ponto de restauro.", steps: 2 },
  { code: "UserErrorKeyvaultPermissionsNotConfigured", message: "Cópia de segurança não tem permissões suficientes para o Cofre de chaves para cópia de segurança de VMs encriptadas.", steps: 0 },
  { code: "ExtensionSnapshotFailedNoNetwork", message: "A operação de instantâneo falhou devido à falta de conetividade de rede na máquina virtual", steps: 3 },
  { code: "ExtentionOperationFailedForManagedDisks", message: "Operação de extensão de VMSnapshot falhou", steps: 4 },
  { code: "BackUpOperationFailed", message: "Cópia de segurança falhou com um erro interno - repita a operação dentro de alguns minutos", steps: 6 },
  { code: "BackUpOperationFailedV2", message: "Cópia de segurança falhou com um erro interno - repita a operação dentro de alguns minutos", steps: 6 },
  { code: "UserErrorUnsupportedDiskSize", message: "O Azure Backup não suporta atualmente tamanhos de disco superiores a 1023 GB", steps: 0 },
  { code: "UserErrorStandardSSDNotSupported", message: "Atualmente, o Azure Backup não suporta discos Standard SSD", steps: 0 },
  { code: "UserErrorBackupOperationInProgress", message: "Não é possível iniciar a cópia de segurança como outra operação de cópia de segurança está atualmente em curso", steps: 4 },
];
