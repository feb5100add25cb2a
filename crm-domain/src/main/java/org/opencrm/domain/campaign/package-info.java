/** Customize (IDIC's fourth step) measured: campaigns with held-out control groups and their lift. */
package org.opencrm.domain.campaign;
