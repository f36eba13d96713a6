/**
 * Links marked `data-keep-hash` (the language switch, "read the original") lead to the
 * same page in another locale; they carry the current `#step` along, so the reader lands
 * where they were. Step ids are the same in every language. The hrefs are brought up to
 * date before any use of a link (pointer, keyboard focus, click) and on hash changes.
 */
export const keepHashScript = `(function(){function sync(){var h=location.hash,l=document.querySelectorAll("a[data-keep-hash]");
for(var i=0;i<l.length;i++)l[i].setAttribute("href",l[i].getAttribute("href").split("#")[0]+h);}
sync();addEventListener("hashchange",sync);
["pointerdown","focusin","click"].forEach(function(e){document.addEventListener(e,sync,true);});})();`;
