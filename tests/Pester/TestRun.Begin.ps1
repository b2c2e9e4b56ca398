# Dot-sourced at the start of each test file's BeforeAll: the helpers and the built module, no session,
# the user's INTERVALS_ICU_* variables saved, an emulator ($Emulator, $BaseUri) for this file, and the demo
# keys of Alex (i100001) and of the coach Morgan (i100002) as SecureStrings.
# Pair it with TestRun.End.ps1 in AfterAll.
Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
Import-Module (Get-IcuTestModulePath) -Force -ErrorAction Stop
Disconnect-Icu

$SavedEnvironment = Save-IcuUserEnvironment
$Emulator = Start-IcuEmulator
$BaseUri = $Emulator.BaseUri
$AlexSecureKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100001' -AsSecureString
$CoachSecureKey = Get-IcuEmulatorKey -Emulator $Emulator -AthleteId 'i100002' -AsSecureString
