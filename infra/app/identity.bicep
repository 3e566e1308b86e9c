// The one identity the app uses for storage and telemetry. User-assigned so role assignments can be
// created before the function app exists (no first-start race with a system identity).
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
