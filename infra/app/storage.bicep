// The storage account holds the Functions host state, Scraper's tables, queues and blobs, and the
// deployment package. Keys are disabled: everything (host, app, deployer) authenticates with Entra ID.
param name string
param location string
param tags object
param skuName string
param deploymentContainerName string
param snapshotRetentionDays int

// Keep in step with src/Scraper.Core/Storage/StorageNames.cs (checked by BicepTemplateTests).
var tableNames = [
  'Claims'
  'Changes'
  'Documents'
  'Runs'
  'SourceState'
  'Sources'
  'PublishedDays'
  'Subscriptions'
  'Deliveries'
]
var workQueueNames = [
  'poll-requests'
  'webhook-deliveries'
]
// The host moves a message here after maxDequeueCount (host.json) failed attempts; created up front so
// alerts and runbooks can rely on them existing.
var queueNames = concat(workQueueNames, map(workQueueNames, q => '${q}-poison'))
var containerNames = [
  'snapshots'
  'diffs'
  deploymentContainerName
]

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: skuName }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    // No VNet in this template: Flex reaches the account over its public endpoint, with Entra ID only.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: account
  name: 'default'
  properties: {
    // Undo window for an accidental delete of a snapshot, a published diff or a whole container.
    deleteRetentionPolicy: { enabled: true, days: 14 }
    containerDeleteRetentionPolicy: { enabled: true, days: 14 }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = [
  for container in containerNames: {
    parent: blobService
    name: container
    properties: { publicAccess: 'None' }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-06-01' = [
  for queue in queueNames: {
    parent: queueService
    name: queue
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-06-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-06-01' = [
  for table in tableNames: {
    parent: tableService
    name: table
  }
]

// Snapshots are raw fetched pages, kept for re-extraction and audit; they cool off quickly and expire.
// Diffs are the published research record and are only tiered, never deleted.
// Prefixes assume Storage__NamePrefix is empty, as this template sets it.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-06-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'snapshots-tier-and-expire'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['snapshots/'] }
            actions: {
              baseBlob: {
                tierToCool: { daysAfterModificationGreaterThan: 30 }
                delete: { daysAfterModificationGreaterThan: snapshotRetentionDays }
              }
            }
          }
        }
        {
          name: 'diffs-tier'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['diffs/'] }
            actions: {
              baseBlob: {
                tierToCool: { daysAfterModificationGreaterThan: 90 }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [containers]
}

output name string = account.name
output endpoints object = {
  blob: account.properties.primaryEndpoints.blob
  queue: account.properties.primaryEndpoints.queue
  table: account.properties.primaryEndpoints.table
}
