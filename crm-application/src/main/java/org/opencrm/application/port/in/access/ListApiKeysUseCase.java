package org.opencrm.application.port.in.access;

import java.util.List;
import org.opencrm.domain.access.ApiKey;

/** Driving port: every API key, revoked ones included, oldest first. */
public interface ListApiKeysUseCase {

    List<ApiKey> list();
}
