// Remote-maintenance tools sold as a service: their vendor's servers relay or broker the sessions, so
// the vendor processes the client's data and is a sub-processor (GDPR art. 28(2), (4)). Matched, case
// insensitively, inside the tool names of `services { remote_access { tools … } }`; a tool not listed
// here (an on-premises bastion, RDP through a VPN) is not presumed to involve another company.
// Re-check at each release: vendors rename products.
export const HOSTED_REMOTE_TOOLS: readonly { readonly key: string; readonly vendor: string }[] = [
  { key: 'teamviewer', vendor: 'TeamViewer' },
  { key: 'anydesk', vendor: 'AnyDesk' },
  { key: 'ninja', vendor: 'NinjaOne' },
  { key: 'n-able', vendor: 'N-able' },
  { key: 'connectwise', vendor: 'ConnectWise' },
  { key: 'screenconnect', vendor: 'ConnectWise' },
  { key: 'splashtop', vendor: 'Splashtop' },
  { key: 'datto', vendor: 'Datto' },
  { key: 'kaseya', vendor: 'Kaseya' },
  { key: 'atera', vendor: 'Atera' },
  { key: 'logmein', vendor: 'GoTo' },
  { key: 'goto', vendor: 'GoTo' },
  { key: 'beyondtrust', vendor: 'BeyondTrust' },
  { key: 'bomgar', vendor: 'BeyondTrust' },
  { key: 'syncro', vendor: 'Syncro' },
  { key: 'action1', vendor: 'Action1' },
  { key: 'zoho', vendor: 'Zoho' },
  { key: 'pulseway', vendor: 'Pulseway' },
  { key: 'superops', vendor: 'SuperOps' },
];

/** Services of a sub-processor that hold a copy of the data (a backup or hosting location). */
export const HOLDING_SERVICES: readonly string[] = ['backup', 'hosting', 'datacenter'];
