import numpy as np
from math import erf
A=np.load('/tmp/ece/plays.npy')
season,qtr,gsr,poss,hs,as_,down,dist,yl,hto,ato,spread,hf,af,isto,gid,clock,hsr,week,post=[A[:,i] for i in range(20)]
y=np.where(hf>af,1.0,np.where(hf<af,0.0,0.5))
reg=qtr<=4
scored=reg&(isto==0)
SIG=13.45
def secs():
    return np.where(qtr<=4,(4-qtr)*900+clock,clock)
def base_feats():
    t=secs()/3600.0; st=np.sqrt(t+0.002); lead=hs-as_; m=spread; h=poss
    nod=(down<0); ylv=np.where(yl<0,75,yl); dd=np.where(dist<0,10,dist)
    ep=np.where(nod,0,6-0.065*ylv-0.35*(down-1)-0.05*(np.minimum(dd,20)-10))
    tod=np.where((hto<0)|(ato<0),0,hto-ato); late=(t<0.125)*1.0
    F=[lead/st/SIG, m*st/SIG, h*ep/st/SIG, h*nod/st, h/st, tod/st*late*0.1, lead/SIG, m/SIG, h*ep/SIG, tod*0.1,
       h*np.where(nod,0,ylv)/100/st, h*(down>=3)/st, h*(down==4)/st]
    return np.column_stack(F)
def sigmoid(z): return 1/(1+np.exp(-z))
def fit_logit(X,yy,alpha=1e-4,w=None,iters=50):
    mu=X.mean(0); sd=X.std(0); sd[sd==0]=1
    Z=np.column_stack([np.ones(len(X)),(X-mu)/sd]); n=len(X)
    if w is None: w=np.ones(n)
    b=np.zeros(Z.shape[1])
    for it in range(iters):
        p=sigmoid(Z@b); W=w*p*(1-p)
        g=Z.T@(w*(p-yy))/n; g[1:]+=alpha*b[1:]
        H=(Z*W[:,None]).T@Z/n; H[1:,1:]+=alpha*np.eye(len(b)-1)
        d=np.linalg.solve(H,g); b-=d
        if np.max(np.abs(d))<1e-10: break
    return lambda Xn: sigmoid(np.column_stack([np.ones(len(Xn)),(Xn-mu)/sd])@b)
def metrics(p,t):
    brier=np.mean((p-t)**2); pc=np.clip(p,1e-15,1-1e-15)
    ll=-np.mean(t*np.log(pc)+(1-t)*np.log(1-pc))
    b=np.minimum((p*10).astype(int),9); ece=0
    for k in range(10):
        mk=b==k
        if mk.any(): ece+=mk.sum()/len(p)*abs(p[mk].mean()-t[mk].mean())
    return brier,ll,ece
