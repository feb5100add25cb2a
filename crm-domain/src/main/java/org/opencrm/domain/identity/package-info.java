/** Identify (IDIC's first step): records of one person found by match rules, each pair with its rule and score. */
package org.opencrm.domain.identity;
