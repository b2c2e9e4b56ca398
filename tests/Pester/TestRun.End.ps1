# Dot-sourced in each test file's AfterAll: undoes TestRun.Begin.ps1 (session, emulator, environment),
# and closes the coach's session a file kept in $Coach.
if (Get-Command -Name 'Disconnect-Icu' -ErrorAction SilentlyContinue) {
    if ($Coach) {
        Disconnect-Icu -Session $Coach
    }

    Disconnect-Icu
}

Stop-IcuEmulator -Emulator $Emulator
Restore-IcuUserEnvironment -Saved $SavedEnvironment
