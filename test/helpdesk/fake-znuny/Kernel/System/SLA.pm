# Fake Kernel::System::SLA: SLALookup, SLAGet (numbers come back as strings, plus fields Znuny adds),
# SLAAdd, SLAUpdate over the state of ObjectManager.pm.
package Kernel::System::SLA;
use strict;
use warnings;

sub SLALookup {
    my ($Self, %Param) = @_;
    my $SLAs = $Self->{OM}{State}{SLAs};
    my ($ID) = grep { $SLAs->{$_}{Name} eq $Param{Name} } keys %{$SLAs};
    return $ID;
}

sub SLAGet {
    my ($Self, %Param) = @_;
    my $SLA = $Self->{OM}{State}{SLAs}{ $Param{SLAID} } or return;
    my %Copy = map { ($_, defined $SLA->{$_} ? "$SLA->{$_}" : undef) } keys %{$SLA};
    return (%Copy, SLAID => $Param{SLAID}, ServiceIDs => [], CreateTime => '2027-01-01 00:00:00');
}

sub Store {
    my ($Self, $ID, %Param) = @_;
    delete @Param{qw(UserID ServiceIDs SLAID CreateTime)};
    $Self->{OM}{State}{SLAs}{$ID} = {%Param};
}

sub SLAAdd {
    my ($Self, %Param) = @_;
    die "UserID missing\n" if !$Param{UserID};
    my $ID = $Self->{OM}{State}{NextID}++;
    $Self->Store($ID, %Param);
    $Self->{OM}->Save("SLAAdd $Param{Name}");
    return $ID;
}

sub SLAUpdate {
    my ($Self, %Param) = @_;
    die "SLAID missing\n" if !$Param{SLAID} || !$Self->{OM}{State}{SLAs}{ $Param{SLAID} };
    $Self->Store($Param{SLAID}, %Param);
    return $Self->{OM}->Save("SLAUpdate $Param{Name}");
}

1;
