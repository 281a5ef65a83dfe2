import * as Menu from "@radix-ui/react-dropdown-menu";
import { useEffect, useState } from "react";
import type { InboxItem } from "../api.js";
import { api, followStream } from "../api.js";
import { withoutIds } from "../logic/timeline.js";
import { BellIcon } from "../ui/icons.js";
import { useToast } from "../ui/Toast.js";

type Item = InboxItem;

const SHOWN = 20;

/** The incident number in a notice's title ("Incident 26-Alpha (#4)"), to link to its room. */
function numberIn(title: string): string | null {
  return /\(#(\d+)\)$/.exec(title)?.[1] ?? null;
}

/**
 * The inbox bell, on every page: the unread count, kept live from the inbox stream (a toast for
 * each new notice), and the latest notices in a menu, each linking to its room and marked read
 * when opened.
 */
export function InboxBell() {
  const [items, setItems] = useState<Item[]>([]);
  const toast = useToast();
  useEffect(() => {
    let live = true;
    void api<{ items: Item[] }>("GET", "/inbox").then(
      (r) => {
        if (live) setItems(r.items.slice(0, SHOWN));
      },
      () => undefined,
    );
    const stop = followStream("/inbox/stream", (frames) => {
      const fresh = frames.filter((f) => f.event === "notification").map((f) => JSON.parse(f.data) as Item);
      if (fresh.length === 0) return;
      setItems((list) =>
        [...fresh.reverse(), ...list.filter((i) => !fresh.some((f) => f.id === i.id))].slice(0, SHOWN),
      );
      for (const item of fresh) toast(`${item.title}: ${withoutIds(item.body)}`);
    });
    return () => {
      live = false;
      stop();
    };
  }, [toast]);
  const unread = items.filter((i) => i.readAt === null).length;
  const open = async (item: Item): Promise<void> => {
    if (item.readAt === null) {
      await api("POST", `/inbox/${encodeURIComponent(item.id)}/read`).catch(() => undefined);
      setItems((list) =>
        list.map((i) => (i.id === item.id ? { ...i, readAt: new Date().toISOString() } : i)),
      );
    }
    const n = numberIn(item.title);
    if (n) location.hash = `#/incidents/${n}`;
  };
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger asChild>
        <button className="secondary bell" aria-label={`Inbox: ${String(unread)} unread`}>
          <BellIcon />
          {unread > 0 && <span className="count">{unread}</span>}
        </button>
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content className="menu inbox-menu" align="end" sideOffset={4}>
          {items.length === 0 && <div className="menu-note">No notifications yet.</div>}
          {items.map((item) => (
            <Menu.Item
              key={item.id}
              className={`menu-item inbox-item${item.readAt === null ? " unread" : ""}`}
              onSelect={() => void open(item)}
            >
              <span>
                <strong>{item.title}</strong>
                <br />
                {withoutIds(item.body)}
              </span>
            </Menu.Item>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
