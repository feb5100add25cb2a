/** Acquisition (the lifecycle's second phase): what each source of customers costs and what it brings. */
package org.opencrm.domain.acquisition;
