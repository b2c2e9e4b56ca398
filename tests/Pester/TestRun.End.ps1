# Dot-sourced in each test file's AfterAll: undoes TestRun.Begin.ps1 (session, emulator, environment).
if (Get-Command -Name 'Disconnect-Icu' -ErrorAction SilentlyContinue) {
    Disconnect-Icu
}

Stop-IcuEmulator -Emulator $Emulator
Restore-IcuUserEnvironment -Saved $SavedEnvironment
