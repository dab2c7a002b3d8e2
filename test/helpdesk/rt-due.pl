#!/usr/bin/perl
# Creates RT 5 tickets with the generated %ServiceAgreements and prints the dates RT computed.
# Run by rt.test.ts with RT_SITE_CONFIG / RT_SITE_CONFIG_DIR pointing at a throwaway SQLite instance.
# Input (stdin), one case a line: "<level name>\t<opening instant, epoch seconds>".
# Output, one line a case: "<ticket id>\t<Created>\t<Starts>\t<Due after creation>\t<Resolve due>\t<Due after a staff reply>",
# every date in epoch seconds (0 = unset).
#
# RT takes "now" for the ticket's creation and for its transactions (RT::Date::SetToNow uses `time`,
# RT::Record::Create uses `gmtime()`): both are overridden to a fake clock set per case, so each ticket
# is really created, by RT's own code and scrips, at the case's opening instant.
use strict;
use warnings;

our $NOW;
BEGIN {
    *CORE::GLOBAL::time = sub () { defined $NOW ? $NOW : CORE::time() };
    *CORE::GLOBAL::gmtime = sub (;$) { CORE::gmtime(@_ ? $_[0] : (defined $NOW ? $NOW : CORE::time())) };
    *CORE::GLOBAL::localtime = sub (;$) { CORE::localtime(@_ ? $_[0] : (defined $NOW ? $NOW : CORE::time())) };
}

use lib '/usr/share/request-tracker5/lib', '/usr/local/share/request-tracker5/lib';
use RT;
RT::LoadConfig();
RT::Init();
# A throwaway database: no fsync per transaction.
$RT::Handle->dbh->do('PRAGMA synchronous = OFF');
$RT::Handle->dbh->do('PRAGMA journal_mode = MEMORY');

my $levels = RT->Config->Get('ServiceAgreements')->{Levels} || {};
die "no SLA levels loaded from the fragment\n" unless %$levels;

# The requestor must be the creator: RT counts the Response target from the last reply of an
# "outside actor", and by default only requestors are.
my $client = RT::User->new(RT->SystemUser);
my ($uid, $msg) = $client->Create(Name => 'client', EmailAddress => 'client@example.test', Privileged => 1);
die "user: $msg\n" unless $uid;
$client->PrincipalObj->GrantRight(Right => 'SuperUser', Object => $RT::System);
my $client_user = RT::CurrentUser->new($client);

my $queue = RT::Queue->new(RT->SystemUser);
$queue->Load('General') or die "no General queue\n";
# RT 5 creates queues with SLA disabled; the admin enables it on the contract's queue.
my ($qok, $qmsg) = $queue->SetSLADisabled(0);
die "queue: $qmsg\n" unless $qok;

binmode STDOUT;
$| = 1;
while (my $line = <STDIN>) {
    chomp $line;
    next if $line eq '';
    my ($level, $opened) = split /\t/, $line;
    die "unknown level $level\n" unless $levels->{$level};
    local $NOW = $opened;
    my $ticket = RT::Ticket->new($client_user);
    my ($id, undef, $err) = $ticket->Create(
        Queue     => $queue->Id,
        Subject   => "infog $level $opened",
        Requestor => ['client@example.test'],
        SLA       => $level,
    );
    die "create: $err\n" unless $id;
    $ticket = RT::Ticket->new(RT->SystemUser);
    $ticket->Load($id);
    die "SLA not set on ticket $id\n" unless ($ticket->SLA || '') eq $level;
    my $created = $ticket->CreatedObj->Unix;
    my $starts  = $ticket->StartsObj->Unix;
    my $due     = $ticket->DueObj->Unix;
    my $resolve = RT::SLA->Due(Ticket => $ticket, Level => $level, Type => 'Resolve', Time => $created);
    # A staff reply at the same instant: RT clears the Response target and sets Due to the earlier of
    # KeepInLoop (from the reply) and Resolve.
    my ($ok, $cmsg) = $ticket->Correspond(Content => 'Pris en compte.');
    die "correspond: $cmsg\n" unless $ok;
    $ticket->Load($id);
    my $due_after_reply = $ticket->DueObj->Unix;
    print join("\t", $id, $created, $starts, $due, defined $resolve ? $resolve : 0, $due_after_reply), "\n";
}
