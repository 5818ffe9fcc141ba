from val import *
X=base_feats()
def logit(p): p=np.clip(p,1e-12,1-1e-12); return np.log(p/(1-p))
def fp(Xm,win=None,alpha=1e-4):
    def c(tr,va):
        m=tr&reg
        if win: m=m&(season>season[tr].max()-win)
        f=fit_logit(Xm[m],y[m],alpha=alpha); return f(Xm[va])
    return c
for w in (3,5,8):
    runp(f'C4 window last {w} seasons',fp(X,win=w))
def shift(win):
    def c(tr,va):
        m=tr&reg; f=fit_logit(X[m],y[m])
        r=m&(season>season[tr].max()-win); z=logit(f(X[r]))
        a=0.0
        for _ in range(30):
            p=1/(1+np.exp(-(z+a))); a-=np.sum(p-y[r])/np.sum(p*(1-p))
        return 1/(1+np.exp(-(logit(f(X[va]))+a)))
    return c
runp('C6 intercept shift on last 2 (in-sample)',shift(2))
runp('C6 intercept shift on last 4 (in-sample)',shift(4))
phase=np.where(qtr<=2,0,np.where(qtr==3,1,np.where(gsr>120,2,3)))
def c2w(win):
    def c(tr,va):
        out=np.zeros(va.sum()); pv=phase[va]; Xv=X[va]
        for k in range(4):
            m=tr&reg&(phase==k)&(season>season[tr].max()-win); f=fit_logit(X[m],y[m]); out[pv==k]=f(Xv[pv==k])
        return out
    return c
runp('C2+C4 per-phase, last 4',c2w(4))
P,Y=runp('C0 again',fp(X))
b=np.minimum((P*10).astype(int),9)
print('C0 pooled val reliability:',' '.join(f'{P[b==k].mean():.3f}->{Y[b==k].mean():.3f}({(b==k).mean():.2f})' for k in range(10)))
P,Y=runp('win4 again',fp(X,win=4))
b=np.minimum((P*10).astype(int),9)
print('win4 pooled val reliability:',' '.join(f'{P[b==k].mean():.3f}->{Y[b==k].mean():.3f}({(b==k).mean():.2f})' for k in range(10)))
