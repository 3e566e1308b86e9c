// Scraper on Azure: Flex Consumption Functions app + storage reached with a user-assigned managed identity
// (no account keys anywhere) + Log Analytics / Application Insights with Entra ID ingestion.
// Deploy with `azd up` (azure.yaml at the repo root) or `az deployment sub create` (docs/deploy.md).
// Plain `resource` declarations only: registry modules (br/public:) cannot be restored offline in CI.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; also seeds resource names and the resource group name.')
param environmentName string

@minLength(1)
@description('Region for every resource. Must offer the Flex Consumption plan (az functionapp list-flexconsumption-locations).')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the person deploying; gets data-plane roles on the storage account for the CLI and runbooks. Empty: none.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal'])
@description('Kind of principalId (ServicePrincipal when a pipeline deploys).')
param principalType string = 'User'

@allowed([512, 2048, 4096])
@description('Memory per Flex Consumption instance (MB). Billing is GB-s of this size while an instance executes.')
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
@description('Upper bound on instances across all functions: the cost and blast-radius ceiling.')
param maximumInstanceCount int = 40

@minValue(0)
@maxValue(10)
@description('Always-ready instances for the HTTP group (diff routes). 0 = scale to zero, pay only while executing.')
param httpAlwaysReadyInstances int = 0

@description('NCRONTAB (6 fields, UTC) of the dispatcher that enqueues due sources.')
param dispatchSchedule string = '0 */5 * * * *'

@description('NCRONTAB (6 fields, UTC) of the daily publication of the previous day\'s diff.')
param publishSchedule string = '0 15 0 * * *'

@description('User-Agent sent to every source; keep a contact URL in it.')
param fetchingUserAgent string = 'ScraperBot/1.0 (+https://github.com/scraper-claims/scraper; strike-claims research)'

@minValue(1)
@description('Days after which raw page snapshots are deleted by the lifecycle policy (diffs are kept).')
param snapshotRetentionDays int = 365

@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
@description('Storage redundancy. Tables have no point-in-time restore: use a geo-redundant SKU if the claim history must survive a region loss.')
param storageSkuName string = 'Standard_LRS'

@description('E-mail address for operator alerts (source failing, function exceptions). Empty: no alerts.')
param alertEmail string = ''

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = 'func-scraper-${resourceToken}'
// Flex Consumption runs the app from a zip in this container (same naming as the azd quickstart).
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-scraper-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'stscraper${resourceToken}'
    location: location
    tags: tags
    skuName: storageSkuName
    deploymentContainerName: deploymentContainerName
    snapshotRetentionDays: snapshotRetentionDays
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-scraper-${resourceToken}'
    applicationInsightsName: 'appi-scraper-${resourceToken}'
    location: location
    tags: tags
  }
}

module alerts 'app/alerts.bicep' = if (!empty(alertEmail)) {
  name: 'alerts'
  scope: rg
  params: {
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    location: location
    tags: tags
    alertEmail: alertEmail
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    identityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
    userPrincipalType: principalType
  }
}

module function 'app/function.bicep' = {
  name: 'function'
  scope: rg
  params: {
    name: functionAppName
    planName: 'plan-scraper-${resourceToken}'
    location: location
    tags: union(tags, { 'azd-service-name': 'functions' })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageEndpoints: storage.outputs.endpoints
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    httpAlwaysReadyInstances: httpAlwaysReadyInstances
    dispatchSchedule: dispatchSchedule
    publishSchedule: publishSchedule
    fetchingUserAgent: fetchingUserAgent
  }
  // The app's first start reaches storage with the identity: roles must exist before it.
  dependsOn: [rbac]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = function.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output SCRAPER_API_BASE_URL string = function.outputs.apiBaseUrl
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
