// Flex Consumption plan + the .NET 10 isolated-worker Functions app and every app setting it reads.
param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
@description('primaryEndpoints of the storage account (blob, queue, table), each ending with "/".')
param storageEndpoints object
param deploymentContainerName string
param applicationInsightsConnectionString string
param instanceMemoryMB int
param maximumInstanceCount int
param httpAlwaysReadyInstances int
param dispatchSchedule string
param publishSchedule string
param fetchingUserAgent string

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true } // Linux: Flex has no Windows workers
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        // Timer and queue functions scale per function; only the HTTP group can be kept warm.
        alwaysReady: httpAlwaysReadyInstances > 0 ? [{ name: 'http', instanceCount: httpAlwaysReadyInstances }] : []
      }
      // '10.0', not '10': the platform matches the exact version string.
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
  }
}

// The host's own storage connection ("AzureWebJobsStorage"), identity-based. Queue and table URIs are
// needed too: queue triggers use this connection, and Scraper's StorageOptionsSetup reads all three.
var hostSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: storageEndpoints.blob
  AzureWebJobsStorage__queueServiceUri: storageEndpoints.queue
  AzureWebJobsStorage__tableServiceUri: storageEndpoints.table
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  // Overrides host.json's 2 s (tuned for local runs): each live instance polls every queue at this
  // interval when idle, and each poll is a billed storage transaction. Work arrives every 5 minutes.
  AzureFunctionsJobHost__extensions__queues__maxPollingInterval: '00:00:30'
}

// ---- Every setting Scraper binds (keep in step with src/Scraper.Functions/local.settings.sample.json) ----
// Values are the code's defaults unless a parameter says otherwise. Deliberately absent in Azure:
// Storage__ConnectionString, Storage__TableServiceUri, Storage__QueueServiceUri, Storage__BlobServiceUri and
// Storage__ManagedIdentityClientId - StorageOptionsSetup derives them from the AzureWebJobsStorage__* block.
var scraperSettings = {
  DispatchSchedule: dispatchSchedule
  PublishSchedule: publishSchedule
  Storage__NamePrefix: ''
  Storage__RunRetention: '90.00:00:00'
  Sources__CatalogPath: 'data/sources.json'
  Fetching__UserAgent: fetchingUserAgent
  Fetching__MinHostDelay: '00:00:01'
  Fetching__MaxBodyBytes: '5242880'
  Fetching__AttemptTimeout: '00:00:10'
  Fetching__TotalTimeout: '00:00:30'
  Fetching__ConnectTimeout: '00:00:10'
  Fetching__MaxRedirects: '5'
  Fetching__MaxRetries: '2'
  Fetching__ObeyRobotsTxt: 'true'
  Fetching__MaxHostDelay: '00:01:00'
  Fetching__RetryBaseDelay: '00:00:02'
  Fetching__MaxRetryAfter: '01:00:00'
  Fetching__MaxInlineRetryAfter: '00:00:10'
  Fetching__RobotsCacheDuration: '1.00:00:00'
  Fetching__RobotsFailureCacheDuration: '01:00:00'
  // SSRF guard for private/loopback ranges (metadata/link-local are always refused).
  Fetching__BlockPrivateNetworks: 'true'
  // The Api__ settings govern the local `scraper serve` only: in Azure each function's authorization
  // level (compiled in) decides, and the host checks its own function/admin keys.
  Api__AnonymousReads: 'false'
  Api__ReadKey: ''
  Api__AdminKey: ''
  Webhooks__AllowHttp: 'false'
  Webhooks__AllowLoopback: 'false'
  Webhooks__DeliveryTimeout: '00:00:15'
  Diffs__PublicBaseUrl: 'https://${site.properties.defaultHostName}/api'
  Webhooks__RotationOverlap: '1.00:00:00'
  Webhooks__DisableAfterFailingFor: '5.00:00:00'
  Webhooks__DeliveryLogRetention: '30.00:00:00'
  Webhooks__MaxPayloadBytes: '262144'
}

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: union(hostSettings, scraperSettings)
}

// Deployments go through Entra ID (azd / az functionapp deploy); no FTP or basic-auth SCM credentials.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: { allow: false }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: { allow: false }
}

output name string = site.name
output apiBaseUrl string = 'https://${site.properties.defaultHostName}/api'
