# Fake Kernel::System::SysConfig: SettingGet / SettingsSet over the state of ObjectManager.pm.
package Kernel::System::SysConfig;
use strict;
use warnings;

sub SettingGet {
    my ($Self, %Param) = @_;
    return (Name => $Param{Name}, EffectiveValue => $Self->{OM}{State}{Settings}{ $Param{Name} });
}

sub SettingsSet {
    my ($Self, %Param) = @_;
    for my $Setting (@{ $Param{Settings} }) {
        die "IsValid missing\n" if !$Setting->{IsValid};
        $Self->{OM}{State}{Settings}{ $Setting->{Name} } = $Setting->{EffectiveValue};
    }
    return $Self->{OM}->Save('SettingsSet ' . join(',', map { $_->{Name} } @{ $Param{Settings} }));
}

1;
