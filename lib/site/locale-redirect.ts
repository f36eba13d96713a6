/**
 * The script a locale-less page runs to send the visitor to the best of their
 * browser's languages that the site has. It works on a static host: no server
 * code, and the page's <meta refresh> and link cover visitors without JavaScript.
 */
export function localeRedirectScript(locales: string[], fallback: string, suffix: string): string {
  const data = JSON.stringify({ locales, fallback, suffix });
  return `(function(d){var l=d.locales,w=(navigator.languages||[navigator.language||""]),p=null;
for(var i=0;i<w.length&&!p;i++){var c=String(w[i]).toLowerCase();
for(var j=0;j<l.length;j++){if(l[j].toLowerCase()===c){p=l[j];break;}}
if(!p){var g=c.split("-")[0];for(var k=0;k<l.length;k++){if(l[k].toLowerCase().split("-")[0]===g){p=l[k];break;}}}}
location.replace("/"+(p||d.fallback)+d.suffix+location.search+location.hash);})(${data});`;
}
