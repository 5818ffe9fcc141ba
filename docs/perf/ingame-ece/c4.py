from val import *
X=base_feats()
def fp(Xm,w=None,win=None,hl=None,alpha=1e-4):
    def c(tr,va):
        m=tr&reg
        if win: m=m&(season>season[tr].max()-win)
        ww=None
        if hl: ww=0.5**((season[tr].max()-season[m])/hl)
        f=fit_logit(Xm[m],y[m],alpha=alpha,w=ww); return f(Xm[va])
    return c
runp('C0 current',fp(X))
runp('C4 window last 6 seasons',fp(X,win=6))
runp('C4 window last 4 seasons',fp(X,win=4))
runp('C4 half-life 4 seasons',fp(X,hl=4))
runp('C4 half-life 2 seasons',fp(X,hl=2))
sv=(season-2015)/10
runp('C5 + season trend intercept',fp(np.column_stack([X,sv])))
phase=np.where(qtr<=2,0,np.where(qtr==3,1,np.where(gsr>120,2,3)))
def c2(tr,va):
    out=np.zeros(va.sum()); pv=phase[va]; Xv=X[va]
    for k in range(4):
        m=tr&reg&(phase==k); f=fit_logit(X[m],y[m]); out[pv==k]=f(Xv[pv==k])
    return out
runp('C2 per-phase',c2)
