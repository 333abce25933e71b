package org.citiverse.twin.application;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.citiverse.twin.domain.PropertyType;

/**
 * What an administrator changes about a twin; a null field stays as it is. {@code syncEvery} is
 * only changed when {@code syncEveryGiven} (null then means "on request only").
 */
public record TwinChange(String name, Map<String, PropertyType> properties, List<String> actions,
                         boolean syncEveryGiven, Duration syncEvery) {
}
