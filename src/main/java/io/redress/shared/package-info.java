/** The shared kernel: money, typed ids, time, problem details and idempotency. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.redress.shared;
