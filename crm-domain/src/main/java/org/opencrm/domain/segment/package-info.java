/** Differentiate (IDIC's third step): segments as conditions over what is known of each customer as of a date. */
package org.opencrm.domain.segment;
