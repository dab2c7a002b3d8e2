// Znuny: a Perl script run in the Znuny home that writes the calendar settings through SysConfig and
// adds one SLA per priority through Kernel::System::SLA; docs/helpdesk.md "Znuny".
// - Calendars are numbered 1.. in the order the SLAs use them (`TimeZone::Calendar1`…); working hours
//   are whole hours: a window starting or ending inside an hour is widened to that whole hour (IG7005).
// - Holidays go to `TimeVacationDaysOneTime` (dated: the list is exact, Easter-based days included).
// - SLA `<reference> <priority> <label>`: FirstResponseTime ← first response, UpdateTime ← update,
//   SolutionTime ← resolution (0 = none), `*Notify` at the earliest escalation of that metric that
//   applies to the priority (its `priorities`, or every priority when absent), else 0.
//   Core Znuny has no priority on an SLA: agents, ACLs or a process pick it (noted in Comment).
import { formatClock, parseClock, WEEKDAYS, type Weekday } from '../../../calendar/index.ts';
import * as codes from '../../../diagnostics/codes/helpdesk.ts';
import type { SlaCalendar } from '../../sla/schema.ts';
import { headerLines, objectName, pointer, planPriorities, priorityName, reportDocumentLosses, usedCalendars, type ExportContext } from '../common.ts';
import { defineExporter } from '../exporter.ts';
import { perlComment, perlString, perlValue, type PerlValue } from '../perl.ts';
import { znunyExportSchema, type ZnunyCalendar, type ZnunyExport } from './schema.ts';

const ZNUNY_DAY: Record<Weekday, keyof ZnunyCalendar['workingHours']> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };
type Hour = ZnunyCalendar['workingHours']['Mon'][number];

function workingHours(ctx: ExportContext, name: string, cal: SlaCalendar): ZnunyCalendar['workingHours'] {
  const out = { Mon: [], Tue: [], Wed: [], Thu: [], Fri: [], Sat: [], Sun: [] } as Record<keyof ZnunyCalendar['workingHours'], Hour[]>;
  for (const d of WEEKDAYS) {
    const hours = new Set<number>();
    for (const [j, [s, e]] of cal.week[d].entries()) {
      const start = parseClock(s) ?? 0;
      const end = parseClock(e) ?? 0;
      const from = Math.floor(start / 60);
      const to = Math.ceil(end / 60);
      if (start % 60 !== 0 || end % 60 !== 0) {
        const rounded = `${formatClock(from * 60)}-${formatClock(to * 60)}`;
        ctx.report(codes.hoursRounded, { calendars: [name], days: [d], windows: [`${s}-${e}`], rounded: [rounded] }, pointer('calendars', name, 'week', d, j), `Calendar "${name}" ${d} ${s}-${e} widened to ${rounded} (whole hours).`);
      }
      for (let h = from; h < to; h++) hours.add(h);
    }
    out[ZNUNY_DAY[d]] = [...hours].sort((a, b) => a - b).map((h) => String(h) as Hour);
  }
  return out;
}

function oneTime(cal: SlaCalendar): ZnunyCalendar['vacationDaysOneTime'] {
  const out: Record<string, Record<string, Record<string, string>>> = {};
  for (const h of cal.holidays) {
    const [y = '', m = '', d = ''] = h.date.split('-');
    const month = String(Number(m));
    const day = String(Number(d));
    ((out[y] ??= {})[month] ??= {})[day] = h.name.fr;
  }
  return out;
}

export const znunyExporter = defineExporter<ZnunyExport>({
  id: 'znuny',
  tool: 'Znuny',
  extension: 'pl',
  schema: znunyExportSchema,
  build(ctx) {
    const { doc } = ctx;
    reportDocumentLosses(ctx);
    const plans = planPriorities(ctx, { update: true });
    const names = usedCalendars(doc, plans);
    const calendars = names.flatMap((name, i): ZnunyCalendar[] => {
      const cal = doc.calendars[name];
      if (!cal) return [];
      return [{ number: i + 1, name: objectName(doc, name), timezone: cal.timezone, workingHours: workingHours(ctx, name, cal), vacationDays: {}, vacationDaysOneTime: oneTime(cal) }];
    });
    // Znuny notifies once per metric and SLA: at the earliest escalation of that metric that applies to
    // the SLA's priority (`priorities` absent = every priority).
    const notifyAt = (metric: string, priority: string): number => doc.escalation
      .filter((e) => e.metric === metric && (e.priorities === undefined || e.priorities.includes(priority)))
      .reduce((min, e) => (min === 0 || e.atPercent < min ? e.atPercent : min), 0);
    const slas = plans.map((p) => ({
      Name: objectName(doc, priorityName(doc, p.priority)),
      Calendar: String(names.indexOf(p.calendar) + 1),
      FirstResponseTime: p.firstResponse?.minutes ?? 0,
      FirstResponseNotify: p.firstResponse ? notifyAt(p.firstResponse.metric, p.priority.id) : 0,
      UpdateTime: p.update?.minutes ?? 0,
      UpdateNotify: p.update ? notifyAt('update', p.priority.id) : 0,
      SolutionTime: p.resolution?.minutes ?? 0,
      SolutionNotify: p.resolution ? notifyAt(p.resolution.metric, p.priority.id) : 0,
      ValidID: 1 as const,
      Comment: `${p.priority.id}: ${p.priority.criteria.fr}`.slice(0, 250),
    }));
    return { calendars, slas };
  },
  render(payload, ctx) {
    const settings: PerlValue[] = payload.calendars.flatMap((c) => [
      { Name: `TimeZone::Calendar${c.number}`, EffectiveValue: c.timezone },
      { Name: `TimeZone::Calendar${c.number}Name`, EffectiveValue: c.name },
      { Name: `TimeWorkingHours::Calendar${c.number}`, EffectiveValue: c.workingHours },
      { Name: `TimeVacationDays::Calendar${c.number}`, EffectiveValue: c.vacationDays },
      { Name: `TimeVacationDaysOneTime::Calendar${c.number}`, EffectiveValue: c.vacationDaysOneTime },
    ]);
    return [
      '#!/usr/bin/perl',
      perlComment([
        ...headerLines(ctx),
        '',
        'Run from the Znuny home as the Znuny user. `perl <this file>` is a dry run: it compares with the',
        'instance and prints what it would change, writing nothing; `perl <this file> --apply` writes. Running',
        'it again changes nothing: settings are set only where they differ, SLAs are found by name and updated',
        'only where they differ, never deleted. Calendars 1..n are overwritten: renumber them if your instance',
        'already uses those numbers. Core Znuny has no priority on an SLA: agents, ACLs or a process choose the',
        'SLA of a ticket (one SLA per contract priority).',
      ]),
      'use strict;',
      'use warnings;',
      // The names and holidays are UTF-8 text (accents): compared with what Znuny returns as text.
      'use utf8;',
      "binmode STDOUT, ':encoding(UTF-8)';",
      "use lib '.', 'Kernel/cpan-lib', 'Custom';",
      'use Kernel::System::ObjectManager;',
      "local $Kernel::OM = Kernel::System::ObjectManager->new();",
      '',
      "my $Apply = grep { $_ eq '--apply' } @ARGV;",
      'my %Count = ( create => 0, update => 0, unchanged => 0 );',
      "print $Apply ? \"Applying to Znuny.\\n\" : \"Dry run: nothing is written (run again with --apply to write).\\n\";",
      '',
      '# Values compare as text, hashes by sorted keys: Znuny may hand numbers back as strings.',
      'sub Canonical {',
      '    my ($Value) = @_;',
      "    return 'null' if !defined $Value;",
      "    return '{' . join(',', map { \"$_=\" . Canonical($Value->{$_}) } sort keys %{$Value}) . '}' if ref $Value eq 'HASH';",
      "    return '[' . join(',', map { Canonical($_) } @{$Value}) . ']' if ref $Value eq 'ARRAY';",
      '    return "\\"$Value\\"";',
      '}',
      '',
      `my @Settings = @{ ${perlValue(settings)} };`,
      "my $SysConfig = $Kernel::OM->Get('Kernel::System::SysConfig');",
      'my @Changed;',
      'for my $Setting (@Settings) {',
      '    my %Current = $SysConfig->SettingGet(Name => $Setting->{Name});',
      '    if (Canonical($Current{EffectiveValue}) eq Canonical($Setting->{EffectiveValue})) { $Count{unchanged}++; next; }',
      '    push @Changed, $Setting;',
      '    $Count{update}++;',
      "    print '  ' . ($Apply ? 'updated' : 'to update') . \" setting $Setting->{Name}\\n\";",
      '}',
      'if ($Apply && @Changed) {',
      `    $SysConfig->SettingsSet(Settings => [ map { { %$_, IsValid => 1 } } @Changed ], Comments => ${perlString(`infog ${ctx.doc.contract.reference}`)}, UserID => 1)`,
      "        or die \"could not set the calendar settings\\n\";",
      '}',
      '',
      `my @SLAs = @{ ${perlValue(payload.slas as unknown as PerlValue)} };`,
      "my $SLAObject = $Kernel::OM->Get('Kernel::System::SLA');",
      'for my $SLA (@SLAs) {',
      '    my $SLAID = $SLAObject->SLALookup(Name => $SLA->{Name});',
      '    if (!$SLAID) {',
      '        $Count{create}++;',
      "        print '  ' . ($Apply ? 'created' : 'to create') . \" SLA $SLA->{Name}\\n\";",
      '        if ($Apply) { $SLAObject->SLAAdd(%$SLA, ServiceIDs => [], UserID => 1) or die "could not add SLA $SLA->{Name}\\n"; }',
      '        next;',
      '    }',
      '    my %Current = $SLAObject->SLAGet(SLAID => $SLAID, UserID => 1);',
      '    my @Differences = grep { Canonical($Current{$_}) ne Canonical($SLA->{$_}) } sort keys %{$SLA};',
      '    if (!@Differences) { $Count{unchanged}++; next; }',
      '    $Count{update}++;',
      "    print '  ' . ($Apply ? 'updated' : 'to update') . \" SLA $SLA->{Name} (@Differences)\\n\";",
      '    if ($Apply) {',
      '        $SLAObject->SLAUpdate(%Current, %$SLA, SLAID => $SLAID, UserID => 1) or die "could not update SLA $SLA->{Name}\\n";',
      '    }',
      '}',
      "print \"Znuny: $Count{create} \" . ($Apply ? 'created' : 'to create') . \", $Count{update} \" . ($Apply ? 'updated' : 'to update') . \", $Count{unchanged} unchanged.\\n\";",
      '',
    ].join('\n');
  },
});
