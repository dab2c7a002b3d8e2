# A fake Znuny object manager for test/helpdesk/znuny-apply.test.ts: the generated script runs against
# it from this folder (its `use lib '.'`). State lives in a Storable file ($ENV{FAKE_ZNUNY_STATE}) that
# every write saves at once, with the list of write calls, so a test can tell a dry run and an
# idempotent second run (no write) from a run that changed something.
package Kernel::System::ObjectManager;
use strict;
use warnings;
use Storable qw(retrieve nstore);

sub new {
    my ($Class) = @_;
    my $File = $ENV{FAKE_ZNUNY_STATE} or die "FAKE_ZNUNY_STATE not set\n";
    my $State = -e $File ? retrieve($File) : { Settings => {}, SLAs => {}, NextID => 1, Calls => [] };
    return bless { File => $File, State => $State }, $Class;
}

sub Get {
    my ($Self, $Name) = @_;
    (my $File = "$Name.pm") =~ s{::}{/}g;
    require $File;
    return bless { OM => $Self }, $Name;
}

sub Save {
    my ($Self, $Call) = @_;
    push @{ $Self->{State}{Calls} }, $Call;
    nstore($Self->{State}, $Self->{File});
    return 1;
}

1;
