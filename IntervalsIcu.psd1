@{
    # The build stamps ModuleVersion from Directory.Build.props into out/IntervalsIcu/IntervalsIcu.psd1.
    RootModule           = 'IntervalsIcu.PowerShell.dll'
    ModuleVersion        = '{{ModuleVersion}}'
    GUID                 = '5b0f7c39-6a54-4f1e-9d1c-2f8c3e7a41b6'
    Author               = 'IntervalsIcu contributors'
    CompanyName          = 'IntervalsIcu contributors'
    Copyright            = '(c) IntervalsIcu contributors. MIT License.'
    Description          = 'The Intervals.icu API from PowerShell: activities, wellness and the training calendar, with safe credentials and an authentication doctor (Test-IcuAuth).'
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    FormatsToProcess     = @('IntervalsIcu.Format.ps1xml')
    CmdletsToExport      = @(
        'Connect-Icu'
        'Disconnect-Icu'
        'Get-IcuActivity'
        'Get-IcuActivityStream'
        'Get-IcuAthlete'
        'Get-IcuGear'
        'Get-IcuSession'
        'Get-IcuWellness'
        'Import-IcuActivity'
        'Invoke-IcuRequest'
        'Remove-IcuActivity'
        'Save-IcuActivityFile'
        'Set-IcuActivity'
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
