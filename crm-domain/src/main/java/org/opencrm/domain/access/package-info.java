/** Access for integrators: API keys, the scopes they grant, and how a presented secret is checked. */
package org.opencrm.domain.access;
