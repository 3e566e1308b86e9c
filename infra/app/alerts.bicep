// Optional e-mail alerts for the two things an operator must act on: a source failing repeatedly and a
// message landing in a poison queue (the function threw 5 times). Deployed only when an address is given.
param applicationInsightsName string
param location string
param tags object
param alertEmail string

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-scraper-operators'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'scraper'
    enabled: true
    emailReceivers: [{ name: 'operators', emailAddress: alertEmail, useCommonAlertSchema: true }]
  }
}

var rules = [
  {
    name: 'scraper-source-failing'
    description: 'A source failed 3 polls in a row (SourcePoller logs "Source {SourceId} is failing"). Runbook: docs/operations.md, "A source is failing".'
    query: 'traces | where message startswith "Source " and message has "is failing" | extend SourceId = tostring(customDimensions["prop__SourceId"]) | summarize Failing = count() by SourceId'
  }
  {
    name: 'scraper-function-exceptions'
    description: 'A function invocation threw; after 5 attempts its message is in a -poison queue. Runbook: docs/operations.md, "A message is in a poison queue".'
    query: 'exceptions | summarize Exceptions = count() by operation_Name'
  }
]

resource alerts 'Microsoft.Insights/scheduledQueryRules@2026-03-01' = [
  for rule in rules: {
    name: rule.name
    location: location
    tags: tags
    properties: {
      description: rule.description
      severity: 2
      enabled: true
      scopes: [applicationInsights.id]
      evaluationFrequency: 'PT15M'
      windowSize: 'PT15M'
      criteria: {
        allOf: [
          {
            query: rule.query
            timeAggregation: 'Count'
            operator: 'GreaterThan'
            threshold: 0
            failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 }
          }
        ]
      }
      actions: { actionGroups: [actionGroup.id] }
    }
  }
]
