@{
    # The source template: the build stamps ModuleVersion from Directory.Build.props into
    # out/IntervalsIcu/IntervalsIcu.psd1 and drops RequiredModules, which only makes importing this
    # template (there is no assembly beside it) say to build and import out/IntervalsIcu instead.
    RootModule           = 'IntervalsIcu.PowerShell.dll'
    ModuleVersion        = '0.0.0'
    RequiredModules      = @('tools/SourceManifestGuard.psm1')
    GUID                 = '5b0f7c39-6a54-4f1e-9d1c-2f8c3e7a41b6'
    Author               = 'IntervalsIcu contributors'
    CompanyName          = 'IntervalsIcu contributors'
    Copyright            = '(c) IntervalsIcu contributors. MIT License.'
    Description          = 'The Intervals.icu API from PowerShell: activities, wellness and the training calendar, with safe credentials and an authentication doctor (Test-IcuAuth).'
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('IntervalsIcu.Format.ps1xml')
    CmdletsToExport      = @(
        'Complete-IcuEvent'
        'Connect-Icu'
        'Disconnect-Icu'
        'Get-IcuActivity'
        'Get-IcuActivityInterval'
        'Get-IcuActivityStream'
        'Get-IcuAthlete'
        'Get-IcuCurve'
        'Get-IcuEvent'
        'Get-IcuFitness'
        'Get-IcuGear'
        'Get-IcuSession'
        'Get-IcuSportSetting'
        'Get-IcuWellness'
        'Get-IcuWorkout'
        'Get-IcuWorkoutFolder'
        'Import-IcuActivity'
        'Invoke-IcuRequest'
        'New-IcuActivity'
        'New-IcuEvent'
        'New-IcuWorkout'
        'Remove-IcuActivity'
        'Remove-IcuEvent'
        'Save-IcuActivityFile'
        'Save-IcuWorkoutFile'
        'Set-IcuActivity'
        'Set-IcuEvent'
        'Set-IcuSportSetting'
        'Set-IcuWellness'
        'Test-IcuAuth'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Intervals.icu', 'IntervalsIcu', 'Training', 'Cycling', 'Running', 'Wellness', 'API', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/intervalsicu-powershell/IntervalsIcu'
            LicenseUri   = 'https://github.com/intervalsicu-powershell/IntervalsIcu/blob/main/LICENSE'
            ReleaseNotes = '0.1.0: Connect-Icu, Disconnect-Icu, Get-IcuSession and Test-IcuAuth (the authentication doctor); Get-IcuAthlete; activities (Get-IcuActivity, Get-IcuActivityStream, Set-IcuActivity, Remove-IcuActivity, Import-IcuActivity, Save-IcuActivityFile); wellness (Get-IcuWellness, Set-IcuWellness for scheduled CSV uploads).'
        }
    }
}
