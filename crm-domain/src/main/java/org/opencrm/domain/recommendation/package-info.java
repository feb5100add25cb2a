/** Customize (IDIC's fourth step): what each customer is offered next, from market baskets and the value engine. */
package org.opencrm.domain.recommendation;
