package com.example.aimaq.hello.internal;

import org.osgi.service.component.annotations.Component;

import kz.aimaq.workbench.api.Command;
import kz.aimaq.workbench.api.CommandContext;
import kz.aimaq.workbench.api.CommandRegistration;
import kz.aimaq.workbench.api.Menus;

/** "Say hello": a greeting in the status line, in the user's language. */
@Component(service = Command.class)
@CommandRegistration(id = "com.example.aimaq.hello.sayHello", label = "%command.sayHello", menu = Menus.TOOLS,
        toolbar = true, keys = "Ctrl+Shift+H", position = 900)
public final class SayHelloCommand implements Command {

    @Override
    public void execute(CommandContext context) {
        context.showStatus(context.messages().get("hello.status", context.user().user(),
                context.user().region().name(context.messages().locale())));
    }
}
